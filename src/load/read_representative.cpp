// <representative>: who signs for a member, and under what authority. The
// authority a file leaves out follows the title (a deputy's title,
// "Phó Chủ tịch", signs "KT. CHỦ TỊCH"); one that does not fit the title
// is a warning, as is an authority with no head to sign for.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "model/signing.hpp"
#include "text/utf8.hpp"

#include <array>

namespace thidua::load {
namespace {

using model::Authority;

// The words of the authority attribute, in the order of model::Authority.
const std::array<std::string, 5> authority_words = {"none", "KT", "TL", "TUQ", "Q"};

std::string upper(std::string_view s) {
    return text::to_upper(s);
}

// "KT. CHỦ TỊCH above PHÓ CHỦ TỊCH": how a deputy signs, for the messages.
std::string deputy_block(const std::string& title) {
    return i18n::trf("KT. {1} above {2}",
                     {upper(model::head_title_of(title).value_or("")), upper(title)});
}

// The authority as written; nullopt when absent or not one of the words
// (then reported, "TM" with why it is not written here).
std::optional<Authority> written_authority(Context& ctx, const Element* el, bool& unreadable) {
    const xml::Attribute* a = el->attribute("authority");
    std::string word = a ? upper(text::fold_whitespace(a->value)) : "";
    if (word.ends_with('.')) word.pop_back();
    const std::string as_written = a ? text::fold_whitespace(a->value) : "";
    if (a && word != as_written && word != "NONE") {
        for (const std::string& w : authority_words) {
            if (w != word) continue;
            ctx.error(ctx.value_pos(el, "authority"),
                      i18n::trf("write authority=\"{1}\", in capitals and without a dot, for "
                                "'{2}'",
                                {w, as_written}));
            unreadable = true;
            return std::nullopt;
        }
    }
    if (a && word == "TM") {
        ctx.error(ctx.value_pos(el, "authority"),
                  i18n::tr("'TM' is not written here: every signature block already puts TM. "
                           "before the member's name (the member signs as an organisation); the "
                           "representative's own authority is KT (a deputy for the head), TL, "
                           "TUQ, Q or none"));
        unreadable = true;
        return std::nullopt;
    }
    const auto k = choice_attr(ctx, el, "authority", authority_words);
    if (!k) {
        unreadable = a != nullptr && !text::fold_whitespace(a->value).empty();
        return std::nullopt;
    }
    return static_cast<Authority>(*k);
}

// Warnings on an authority written in the file, against the title.
void check_fit(Context& ctx, const Element* el, const model::Representative& r) {
    const diag::Pos at = ctx.value_pos(el, "authority");
    const std::string word = authority_words[static_cast<std::size_t>(r.authority)];
    const bool deputy = r.title && model::is_deputy_title(*r.title);
    if (r.authority == Authority::none && deputy) {
        ctx.warning(at, i18n::trf("'{1}' is a deputy's title, and a deputy signs for the head: "
                                  "{2} (Decree 30/2020); leave authority out for that, or write "
                                  "authority=\"Q\" for an acting head",
                                  {*r.title, deputy_block(*r.title)}));
        return;
    }
    if (r.authority == Authority::kt && r.title && !deputy) {
        ctx.warning(at, i18n::trf("authority=\"KT\" is a deputy signing for the head, but '{1}' is "
                                  "not a deputy's title (Phó ...); leave authority out to sign as "
                                  "'{1}', or give the deputy's title, e.g. title=\"Phó {1}\"",
                                  {*r.title}));
        return;
    }
    if (r.authority != Authority::none && r.title && r.signs_for &&
        model::same_title(*r.title, *r.signs_for)) {
        ctx.warning(at, r.authority == Authority::q
                            ? i18n::trf("an acting head (Q.) is not yet '{1}': give the acting "
                                        "head's own title, e.g. title=\"Phó {1}\", or leave "
                                        "authority out for the head",
                                        {*r.signs_for})
                            : i18n::trf("'{1}' signs under their own title, not for '{2}': leave "
                                        "authority out (authority=\"{3}\" signs for someone else)",
                                        {*r.title, *r.signs_for, word}));
    }
}

} // namespace

model::Representative read_representative(Context& ctx, const Element* el) {
    const model::Person person = read_person(ctx, el);
    model::Representative r;
    r.name = person.name;
    r.title = person.title;
    bool unreadable = false;
    const std::optional<Authority> written = written_authority(ctx, el, unreadable);
    const std::optional<std::string> given_for = text_attr(ctx, el, "for");
    const bool deputy = r.title && model::is_deputy_title(*r.title);
    r.authority = written.value_or(deputy ? Authority::kt : Authority::none);
    if (unreadable) return r;
    if (r.authority == Authority::none) {
        if (given_for) {
            ctx.warning(ctx.name_pos(el, "for"),
                        i18n::trf("for=\"{1}\" names the head signed for, but no authority "
                                  "says how; write authority=\"KT\" (a deputy for the head), "
                                  "\"TL\", \"TUQ\" or \"Q\", or leave for out",
                                  {*given_for}));
        }
    } else if (given_for) {
        r.signs_for = given_for;
    } else if (r.authority == Authority::kt || r.authority == Authority::q) {
        if (r.title) r.signs_for = model::head_title_of(*r.title);
    }
    if (r.authority != Authority::none && !r.signs_for &&
        !(r.authority == Authority::kt && r.title && !deputy)) {
        const std::string word = authority_words[static_cast<std::size_t>(r.authority)];
        ctx.warning(ctx.value_pos(el, "authority"),
                    i18n::trf("authority=\"{1}\" signs for the head: write their title, e.g. "
                              "for=\"Chủ tịch\"; until then the documents print a fill-in line "
                              "for it",
                              {word}));
    }
    if (written) check_fit(ctx, el, r);
    return r;
}

} // namespace thidua::load
