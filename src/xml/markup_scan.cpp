// Start-tag and attribute positions, tag nesting, the XML declaration, and
// the references in texts and attribute values.
#include "xml/markup_scan.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <unordered_set>

namespace thidua::xml {
namespace {

bool is_name_start(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || u >= 0x80;
}

bool is_name_char(char c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

class Scanner {
public:
    Scanner(std::string_view text, const LineIndex& lines) : s_(text), lines_(lines) {}

    MarkupScan run() {
        // At most one start tag per '<': room for all of them at once (up
        // to the limit), not grown by copying.
        out_.tags.reserve(std::min<std::size_t>(
            static_cast<std::size_t>(std::count(s_.begin(), s_.end(), '<')), max_elements));
        while (!out_.error) {
            const std::size_t lt = std::min(s_.find('<', i_), s_.size());
            find_bad_references(s_, i_, lt, out_.references);
            if (lt == s_.size()) break;
            i_ = lt;
            step();
        }
        if (!out_.error && !open_.empty()) {
            const TagSpan& t = out_.tags[open_.back()];
            fail(t.offset, i18n::trf("<{1}> is never closed; add </{1}>", {t.name}));
        }
        return std::move(out_);
    }

private:
    void fail(std::size_t at, std::string message) {
        if (!out_.error) out_.error = SyntaxError{at, std::move(message)};
    }

    bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }

    // `never_closed`: the message (marked with N_) when `close` never comes,
    // '{1}' standing for it.
    void skip_past(std::string_view close, const char* never_closed) {
        const std::size_t end = s_.find(close, i_);
        if (end == std::string_view::npos) {
            fail(i_, i18n::trf(never_closed, {close}));
            i_ = s_.size();
            return;
        }
        i_ = end + close.size();
    }

    void skip_space() {
        while (i_ < s_.size() && text::is_xml_space(s_[i_]))
            ++i_;
    }

    std::string name() {
        const std::size_t start = i_;
        while (i_ < s_.size() && is_name_char(s_[i_]))
            ++i_;
        return std::string(s_.substr(start, i_ - start));
    }

    void step() {
        if (starts("<!--")) return skip_past("-->", N_("this comment is never closed; add {1}"));
        if (starts("<![CDATA[")) return skip_past("]]>", N_("this CDATA section is never closed; add {1}"));
        if (starts("<?")) return declaration();
        if (starts("<!")) return doctype();
        if (starts("</")) return end_tag();
        if (i_ + 1 < s_.size() && is_name_start(s_[i_ + 1])) return start_tag();
        fail(i_, i18n::tr("a '<' in text must be written &lt;"));
    }

    void declaration() {
        const std::size_t at = i_;
        skip_past("?>", N_("this <? declaration is never closed; add {1}"));
        if (out_.error) return;
        const std::string_view body = s_.substr(at, i_ - at);
        if (body.substr(0, 6) != "<?xml " && body.substr(0, 6) != "<?xml\t" &&
            body.substr(0, 6) != "<?xml\n") {
            return;
        }
        const std::size_t enc = body.find("encoding");
        if (enc == std::string_view::npos) return;
        std::size_t q = body.find_first_of("\"'", enc);
        if (q == std::string_view::npos) return;
        const std::size_t close = body.find(body[q], q + 1);
        if (close == std::string_view::npos) return;
        out_.declared_encoding = std::string(body.substr(q + 1, close - q - 1));
        out_.encoding_offset = at + q + 1;
    }

    void doctype() {
        int depth = 0;
        for (; i_ < s_.size(); ++i_) {
            if (s_[i_] == '[') ++depth;
            if (s_[i_] == ']') --depth;
            if (s_[i_] == '>' && depth <= 0) {
                ++i_;
                return;
            }
        }
        fail(s_.size(), i18n::tr("a <!DOCTYPE is never closed"));
    }

    void end_tag() {
        const std::size_t at = i_;
        i_ += 2;
        const std::string closing = name();
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '>') {
            return fail(at, i18n::trf("the closing tag </{1} needs a '>'", {closing}));
        }
        ++i_;
        if (open_.empty()) {
            return fail(at, i18n::trf("closing tag </{1}> has no matching opening tag", {closing}));
        }
        const TagSpan& top = out_.tags[open_.back()];
        if (top.name != closing) {
            // An element opened further out is being closed: the one opened
            // last was never closed, and that is where the mistake is.
            for (std::size_t k = open_.size(); k-- > 0;) {
                if (out_.tags[open_[k]].name != closing) continue;
                return fail(top.offset,
                            i18n::trf("<{1}> is never closed; write </{1}> after its content, "
                                      "before </{2}> on line {3}",
                                      {top.name, closing, text::to_text(lines_.line_of(at))}));
            }
            return fail(at, i18n::trf("closing tag </{1}> does not match <{2}> opened on line "
                                      "{3}; write </{2}>",
                                      {closing, top.name,
                                       text::to_text(lines_.line_of(top.offset))}));
        }
        out_.tags[open_.back()].end_offset = i_;
        open_.pop_back();
    }

    void start_tag() {
        TagSpan tag;
        tag.offset = i_;
        ++i_;
        tag.name = name();
        if (out_.tags.size() >= max_elements) {
            return fail(tag.offset,
                        i18n::trf("the file has more than {1} elements, the most a file may have "
                                  "(a cluster-year of 20,000 members has about 120,000): is it "
                                  "the right file?",
                                  {text::to_text(static_cast<long long>(max_elements))}));
        }
        if (open_.size() >= max_depth) {
            return fail(tag.offset,
                        i18n::trf("<{1}> is nested {2} elements deep, more than the {3} allowed "
                                  "(a cluster-year needs 8 at most): is an end tag missing?",
                                  {tag.name, text::to_text(static_cast<int>(max_depth) + 1),
                                   text::to_text(static_cast<int>(max_depth))}));
        }
        const std::size_t index = out_.tags.size();
        if (!names_.empty()) names_.clear();
        for (;;) {
            const std::size_t before = i_;
            skip_space();
            if (i_ >= s_.size())
                return fail(tag.offset, i18n::trf("<{1} is never closed with '>'", {tag.name}));
            if (s_[i_] == '>') {
                ++i_;
                tag.content_offset = i_;
                out_.tags.push_back(std::move(tag));
                open_.push_back(index);
                return;
            }
            if (s_.substr(i_, 2) == "/>") {
                i_ += 2;
                tag.content_offset = tag.end_offset = i_;
                out_.tags.push_back(std::move(tag));
                return;
            }
            if (!is_name_start(s_[i_])) {
                return fail(i_, i18n::trf("unexpected '{1}' inside <{2}>; attributes are "
                                          "written name=\"value\"",
                                          {std::string(1, s_[i_]), tag.name}));
            }
            if (i_ == before) {
                return fail(i_, i18n::trf("put a space between the attributes of <{1}>", {tag.name}));
            }
            if (tag.attrs.size() == max_attributes) {
                return fail(tag.offset,
                            i18n::trf("<{1}> has more than {2} attributes, the most one element "
                                      "may have",
                                      {tag.name, text::to_text(static_cast<int>(max_attributes))}));
            }
            if (!attribute(tag)) return;
        }
    }

    bool attribute(TagSpan& tag) {
        AttrSpan a;
        a.name_offset = i_;
        a.name = name();
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '=') {
            fail(a.name_offset,
                 i18n::trf("the attribute '{1}' needs a value: write {1}=\"...\"", {a.name}));
            return false;
        }
        ++i_;
        skip_space();
        if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) {
            fail(i_, i18n::trf("the value of '{1}' must be in quotes: {1}=\"...\"", {a.name}));
            return false;
        }
        const char quote = s_[i_];
        a.value_offset = i_ + 1;
        const std::size_t close = s_.find(quote, a.value_offset);
        if (close == std::string_view::npos) {
            fail(i_, i18n::trf("the value of '{1}' has no closing quote", {a.name}));
            return false;
        }
        const std::string_view value = s_.substr(a.value_offset, close - a.value_offset);
        if (const std::size_t lt = value.find('<'); lt != std::string_view::npos) {
            fail(a.value_offset + lt,
                 i18n::trf("a '<' inside the value of '{1}' must be written &lt;", {a.name}));
            return false;
        }
        if (given_before(tag, a)) {
            fail(a.name_offset,
                 i18n::trf("the attribute '{1}' is given twice on <{2}>", {a.name, tag.name}));
            return false;
        }
        find_bad_references(s_, a.value_offset, close, out_.references);
        a.value_end = close;
        i_ = close + 1;
        tag.attrs.push_back(std::move(a));
        return true;
    }

    // Whether the tag already has an attribute of a's name: compared one by
    // one for the few attributes of an ordinary tag, through a set beyond.
    bool given_before(const TagSpan& tag, const AttrSpan& a) {
        constexpr std::size_t few = 16;
        if (tag.attrs.size() < few) {
            for (const AttrSpan& b : tag.attrs) {
                if (b.name == a.name) return true;
            }
            return false;
        }
        if (names_.empty()) {
            for (const AttrSpan& b : tag.attrs)
                names_.insert(s_.substr(b.name_offset, b.name.size()));
        }
        return !names_.insert(s_.substr(a.name_offset, a.name.size())).second;
    }

    std::string_view s_;
    const LineIndex& lines_;
    std::unordered_set<std::string_view> names_; // of the start tag being read, past `few`
    std::size_t i_ = 0;
    MarkupScan out_;
    std::vector<std::size_t> open_;
};

} // namespace

const AttrSpan* TagSpan::find(std::string_view attr) const {
    for (const AttrSpan& a : attrs) {
        if (a.name == attr) return &a;
    }
    return nullptr;
}

MarkupScan scan_markup(std::string_view text, const LineIndex& lines) {
    return Scanner(text, lines).run();
}

namespace {
constexpr std::size_t counted_every = 64;
bool starts_code_point(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}
} // namespace

void LineIndex::build() const {
    if (built_) return;
    built_ = true;
    const std::string_view text = text_;
    starts_.push_back(0);
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
         nl = text.find('\n', nl + 1))
        starts_.push_back(nl + 1);
    counted_.reserve(text.size() / counted_every + 2);
    std::size_t count = 0;
    for (std::size_t block = 0; block < text.size(); block += counted_every) {
        counted_.push_back(count);
        const std::size_t end = std::min(block + counted_every, text.size());
        for (std::size_t i = block; i < end; ++i)
            count += starts_code_point(text[i]) ? 1 : 0;
    }
    counted_.push_back(count);
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
    build();
    offset = std::min(offset, text_.size());
    std::size_t k = offset / counted_every;
    if (k >= counted_.size()) k = counted_.size() - 1;
    std::size_t count = counted_[k];
    for (std::size_t i = k * counted_every; i < offset; ++i)
        count += starts_code_point(text_[i]) ? 1 : 0;
    return count;
}

int LineIndex::line_of(std::size_t offset) const {
    build();
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<int>(it - starts_.begin());
}

int LineIndex::column_of(std::size_t offset) const {
    build();
    const std::size_t start = starts_[static_cast<std::size_t>(line_of(offset) - 1)];
    offset = std::min(offset, text_.size());
    if (offset - start < counted_every) { // a short way into the line: count it
        int column = 1;
        for (std::size_t i = start; i < offset; ++i)
            column += starts_code_point(text_[i]) ? 1 : 0;
        return column;
    }
    return static_cast<int>(code_points_before(offset) - code_points_before(start)) + 1;
}

} // namespace thidua::xml
