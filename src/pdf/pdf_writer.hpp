// Writes laid-out pages as a PDF with the four fonts embedded (subset), a
// correct /ToUnicode map, and document information; the only place that
// knows libharu.
#pragma once

#include "font/font_file.hpp"
#include "layout/page.hpp"
#include "text/calendar.hpp"

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace thidua::pdf {

// The fonts the layout measured with, indexed by layout::FontStyle.
using FontSet = std::array<std::shared_ptr<const font::FontFile>, 4>;

struct Metadata {
    std::string title;
    std::string subject;
    std::string author; // the cluster
    std::string creator = "thidua";
    // CreationDate (midnight, +00'00'), from the meeting date; never the
    // clock. When absent the file has no date at all (in PDF/A neither in
    // the Info dictionary nor in the XMP metadata).
    std::optional<text::Date> created;
    // Write PDF/A-1b (ISO 19005-1 level B): PDF 1.4, XMP metadata equal to
    // the Info dictionary, the sRGB output intent (the profile comes from
    // the Debian package icc-profiles-free), a CIDSet per font, and an /ID
    // derived from the file's bytes. Still the same bytes for the same input.
    bool pdfa = false;
};

// Writes `doc` to `out` through a temporary file in the same folder, renamed
// into place only when complete; on failure nothing is left at `out` (an
// earlier file there stays untouched) and `error` says why. The same input
// gives the same bytes.
bool write_pdf(const layout::Document& doc, const FontSet& fonts, const Metadata& meta,
               const std::filesystem::path& out, std::string& error);

// The same PDF built in memory: `bytes` is the whole file. On failure `bytes`
// is empty and `error` says why.
bool render_pdf(const layout::Document& doc, const FontSet& fonts, const Metadata& meta,
                std::string& bytes, std::string& error);

} // namespace thidua::pdf
