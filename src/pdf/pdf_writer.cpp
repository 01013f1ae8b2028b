// write_pdf and render_pdf: the order of the work (see pdf_writer.hpp).
// Fonts cut, pages (their content streams written here, compressed here),
// information, the font objects, for PDF/A its additions; libharu numbers
// the objects and saves them in memory, then a temporary file is renamed.
#include "pdf/pdf_writer.hpp"

#include "i18n/messages.hpp"

#include "io/pending_file.hpp"
#include "pdf/draw_page.hpp"
#include "pdf/embedded_fonts.hpp"
#include "pdf/font_objects.hpp"
#include "pdf/hpdf_doc.hpp"
#include "pdf/info.hpp"
#include "pdf/libharu_library.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/pdfa.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <hpdf_pages.h>
#include <vector>

namespace thidua::pdf {

namespace {

bool start(HpdfDoc& doc, std::string& error) {
    if (doc.failed()) {
        error = doc.error_text(i18n::tr("start a document"));
        return false;
    }
    // libharu compresses nothing (its default): streams come compressed
    // (flate/deflater.hpp), and texts are written without its encoders (info.hpp,
    // content_stream.hpp).
    return true;
}

// The page's /Contents (libharu made it empty) holds `operators`, and its
// resources name the document's fonts. libharu 2.3.0 has no call to write a
// content stream's bytes: the stream is read from its private
// HPDF_PageAttr_Rec (hpdf_pages.h), and the page's copy of its pointer is
// set there.
bool use_content(HpdfDoc& doc, HPDF_Page page, const EmbeddedFonts& fonts,
                 const std::string& operators) {
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Dict resources =
        static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
    if (attr == nullptr || resources == nullptr || !write_flate(doc, attr->contents, operators))
        return false;
    // The page keeps its own pointer to its content stream, which
    // write_flate replaced: it is pointed at the new one.
    attr->stream = attr->contents->stream;
    return fonts.resources() == nullptr ||
           HPDF_Dict_Add(resources, "Font", fonts.resources()) == HPDF_OK;
}

bool add_pages(HpdfDoc& doc, const layout::Document& layout, EmbeddedFonts& fonts,
               std::string& error) {
    if (layout.pages.empty()) {
        error = i18n::tr("the document has no pages");
        return false;
    }
    for (std::size_t i = 0; i < layout.pages.size(); ++i) {
        HPDF_Page page = HPDF_AddPage(doc.get());
        const layout::Page& p = layout.pages[i];
        if (page != nullptr) {
            const units::Pt w = p.width.value > 0 ? p.width : layout.width;
            const units::Pt h = p.height.value > 0 ? p.height : layout.height;
            HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(w.value));
            HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(h.value));
        }
        if (page == nullptr || doc.failed()) {
            error = doc.error_text(i18n::trf("add page {1}", {std::to_string(i + 1)}));
            return false;
        }
        std::string operators;
        if (!page_content(p, fonts, operators, error)) {
            error = i18n::trf("page {1}: {2}", {std::to_string(i + 1), error});
            return false;
        }
        if (!use_content(doc, page, fonts, operators)) {
            error = doc.error_text(i18n::trf("write page {1}", {std::to_string(i + 1)}));
            return false;
        }
    }
    return true;
}

// Every character drawn, per style: what each font's subset must hold.
std::array<std::vector<char32_t>, 4> characters_drawn(const layout::Document& layout) {
    std::array<std::vector<bool>, 4> seen;
    std::array<std::vector<char32_t>, 4> drawn;
    for (const layout::Page& page : layout.pages) {
        for (const layout::PlacedText& t : page.texts) {
            const auto s = static_cast<std::size_t>(t.style);
            if (s >= 4) continue; // draw_texts reports it
            for (std::size_t i = 0; i < t.text.size();) {
                const char32_t cp = text::next_code_point(t.text, i);
                if (cp >= seen[s].size()) seen[s].resize(cp + 1);
                if (seen[s][cp]) continue;
                seen[s][cp] = true;
                drawn[s].push_back(cp);
            }
        }
    }
    for (auto& d : drawn)
        std::sort(d.begin(), d.end());
    return drawn;
}

bool save_to_memory(HpdfDoc& doc, std::string& bytes, std::string& error) {
    if (!save_document(doc, bytes)) {
        error = doc.error_text(i18n::tr("save the document"));
        bytes.clear();
        return false;
    }
    return true;
}

} // namespace

bool render_pdf(const layout::Document& layout, const FontSet& fonts, const Metadata& meta,
                std::string& bytes, std::string& error) {
    bytes.clear();
    if (!load_libharu(error)) return false;
    HpdfDoc doc;
    EmbeddedFonts embedded;
    bool ok = start(doc, error) && embedded.load(doc, fonts, characters_drawn(layout), error) &&
              add_pages(doc, layout, embedded, error) && set_info(doc, meta, error);
    for (EmbeddedFont& f : embedded.all())
        ok = ok && write_font_objects(doc, f, meta.pdfa, error);
    ok = ok && (!meta.pdfa || prepare_pdfa(doc, error)) && save_to_memory(doc, bytes, error) &&
         (!meta.pdfa || stamp_document_id(bytes, error));
    if (!ok) bytes.clear();
    return ok;
}

bool write_pdf(const layout::Document& layout, const FontSet& fonts, const Metadata& meta,
               const std::filesystem::path& out, std::string& error) {
    std::string bytes;
    return render_pdf(layout, fonts, meta, bytes, error) &&
           io::write_file_atomically(out, bytes, error);
}

} // namespace thidua::pdf
