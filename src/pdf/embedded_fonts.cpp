// Loading the four styles into libharu (see embedded_fonts.hpp).
#include "pdf/embedded_fonts.hpp"

#include <algorithm>
#include <cstring>
#include <hpdf_encoder.h>
#include <hpdf_fontdef.h>
#include <set>
#include <sys/mman.h>
#include <unistd.h>

namespace thidua::pdf {

namespace {

// libharu's HPDF_GetFont fills the CIDToGIDMap and /W of a TrueType font for
// all 65536 codes of its UTF-8 encoder, each looked up by a linear scan of
// the font's cmap: about 10 ms per font, for a map the PDF needs only for
// the characters drawn. While the font is created, this guard makes every
// lookup a one-step "glyph 0" (a format 0 table of zeros) and lets the
// encoder map the space alone (its code-to-CID table, hpdf_encoder.h, emptied
// but for code 32, and read through the plain CMap function rather than the
// UTF-8 one), so the loops stop at code 32; write_cid_metrics
// (font_fixes.hpp) then writes both for the characters used. Everything is
// put back before the guard ends: the encoder keeps its UTF-8 state in the
// same table.
class QuickFontCreation {
public:
    QuickFontCreation(HPDF_FontDef def, HPDF_Encoder encoder)
        : attr_(static_cast<HPDF_TTFontDefAttr>(def->attr)), saved_cmap_(attr_->cmap),
          encoder_(encoder), saved_to_unicode_(encoder->to_unicode_fn),
          encoder_attr_(static_cast<HPDF_CMapEncoderAttr>(encoder->attr)),
          saved_cid_map_(std::make_unique<CidMap>()) {
        attr_->cmap.format = 0;
        attr_->cmap.glyph_id_array = zeros_.data();
        std::memcpy(saved_cid_map_->data(), encoder_attr_->cid_map, sizeof(CidMap));
        std::memset(encoder_attr_->cid_map, 0, sizeof(CidMap));
        encoder_attr_->cid_map[0][0x20] = 0x20; // the space
        encoder_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
    }
    ~QuickFontCreation() {
        encoder_->to_unicode_fn = saved_to_unicode_;
        std::memcpy(encoder_attr_->cid_map, saved_cid_map_->data(), sizeof(CidMap));
        attr_->cmap = saved_cmap_;
    }
    QuickFontCreation(const QuickFontCreation&) = delete;
    QuickFontCreation& operator=(const QuickFontCreation&) = delete;

private:
    using CidMap = std::array<HPDF_UINT16, 256 * 256>;
    static_assert(sizeof(CidMap) == sizeof(HPDF_CMapEncoderAttr_Rec::cid_map));

    HPDF_TTFontDefAttr attr_;
    HPDF_TTF_CmapRange saved_cmap_;
    std::array<HPDF_UINT16, 256> zeros_{};
    HPDF_Encoder encoder_;
    HPDF_Encoder_ToUnicode_Func saved_to_unicode_;
    HPDF_CMapEncoderAttr encoder_attr_;
    std::unique_ptr<CidMap> saved_cid_map_;
};

// A file that lives in memory only (memfd_create), closed on destruction:
// libharu 2.3.0 loads fonts from a path only (HPDF_LoadTTFontFromFile), and
// reads the file again when it saves, through its own handle, which keeps
// the memory file alive after this one is closed.
class MemoryFile {
public:
    MemoryFile(const std::vector<std::uint8_t>& bytes, std::string& error)
        : fd_(memfd_create("thidua-font", MFD_CLOEXEC)) {
        std::size_t done = 0;
        while (fd_ >= 0 && done < bytes.size()) {
            const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        if (fd_ < 0 || done != bytes.size()) error = "could not hold a font in memory";
    }
    ~MemoryFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
    int fd_;
};

const char* style_name(int i) {
    static const char* const names[] = {"regular", "bold", "italic", "bold italic"};
    return names[i];
}

} // namespace

std::vector<char32_t> EmbeddedFont::used_code_points() const {
    std::vector<char32_t> codes = first_use_;
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool EmbeddedFonts::load(HpdfDoc& doc, const FontSet& fonts,
                         const std::array<std::vector<char32_t>, 4>& drawn, std::string& error) {
    doc_ = &doc;
    fonts_.reserve(4); // at most one per style: pointers handed out stay valid
    for (int i = 0; i < 4; ++i) {
        if (!fonts[i]) {
            error = std::string("no font was given for the ") + style_name(i) + " style";
            return false;
        }
    }
    for (int i = 0; i < 4; ++i) {
        if (drawn[i].empty() || files_[i]) continue;
        // libharu keeps one definition per PostScript name: styles whose
        // fonts share one get one subset, of all their characters.
        std::set<char32_t> characters;
        std::vector<int> sharing;
        for (int k = i; k < 4; ++k) {
            if (fonts[k]->postscript_name() != fonts[i]->postscript_name() || drawn[k].empty())
                continue;
            characters.insert(drawn[k].begin(), drawn[k].end());
            sharing.push_back(k);
        }
        const std::string path = fonts[i]->path().string();
        const std::vector<std::uint8_t> cut =
            fonts[i]->subset(std::vector<char32_t>(characters.begin(), characters.end()), error);
        if (cut.empty()) return false;
        const auto subset = font::FontFile::from_bytes(cut, fonts[i]->path(), error);
        if (!subset) {
            error = "the subset of " + path + " cannot be read back: " + error;
            return false;
        }
        const MemoryFile file(cut, error);
        if (!error.empty()) return false;
        const char* name = HPDF_LoadTTFontFromFile(doc.get(), file.path().c_str(), HPDF_TRUE);
        if (name == nullptr || doc.failed()) {
            error = doc.error_text("load the " + std::string(style_name(i)) + " font " + path);
            return false;
        }
        for (int k : sharing) {
            names_[k] = name;
            files_[k] = subset;
        }
    }
    return true;
}

EmbeddedFont* EmbeddedFonts::for_style(layout::FontStyle style, std::string& error) {
    const auto i = static_cast<std::size_t>(style);
    if (i >= 4) {
        error = "a text has an unknown font style";
        return nullptr;
    }
    if (slot_[i]) return &fonts_[*slot_[i]];
    if (!files_[i]) {
        error = "a text is drawn in the " + std::string(style_name(static_cast<int>(i))) +
                " style, which was not counted when its font was cut";
        return nullptr;
    }

    HPDF_Font font = nullptr;
    HPDF_FontDef def = HPDF_GetFontDef(doc_->get(), names_[i].c_str());
    HPDF_Encoder utf8 = HPDF_GetEncoder(doc_->get(), "UTF-8");
    if (def != nullptr && utf8 != nullptr && utf8->type == HPDF_ENCODER_TYPE_DOUBLE_BYTE) {
        const QuickFontCreation fast(def, utf8);
        font = HPDF_GetFont(doc_->get(), names_[i].c_str(), "UTF-8");
    }
    if (font == nullptr || doc_->failed()) {
        error = doc_->error_text("create the " + std::string(style_name(static_cast<int>(i))) +
                                 " font " + files_[i]->path().string());
        return nullptr;
    }
    for (std::size_t k = 0; k < fonts_.size(); ++k)
        if (fonts_[k].font == font) {
            slot_[i] = k;
            return &fonts_[k];
        }
    fonts_.emplace_back(font, files_[i]);
    slot_[i] = fonts_.size() - 1;
    return &fonts_.back();
}

} // namespace thidua::pdf
