// Private to src/pdf: one libharu document owned by RAII, with an error
// handler that records libharu's first error (no longjmp, no printing, no
// global state: the record is the handler's user_data), and the compressor
// its streams go through.
#pragma once

#include "flate/deflater.hpp"

#include <deque>
#include <hpdf.h>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

namespace thidua::pdf {

// libdeflate's level 1, measured on the samples (README, Performance):
// smaller PDFs than zlib's level 3 (which thidua used before) for 5 million
// fewer instructions per cluster-year's three documents; its level 6 saves
// 4 % more bytes for 6 million more instructions.
inline constexpr int flate_level = 1;

class HpdfDoc {
public:
    HpdfDoc();
    // The error record is handed to libharu by address: no copies, no moves.
    HpdfDoc(const HpdfDoc&) = delete;
    HpdfDoc& operator=(const HpdfDoc&) = delete;

    HPDF_Doc get() const { return doc_.get(); }

    // True once libharu has reported an error (or the document could not be
    // created); every later libharu call on it fails too.
    bool failed() const { return !doc_ || first_error_ != HPDF_OK; }

    // "libharu could not <doing>: <plain words> (error 0x105D, detail 0)".
    std::string error_text(std::string_view doing) const;

    // The compressor of this document's streams.
    flate::Deflater& deflater() { return deflater_; }

    // Bytes the saved document copies a stream's data from (pdf_objects.hpp's
    // streams), kept as long as the document, at an address that stays.
    struct HeldBytes {
        std::string bytes;
        std::size_t read = 0; // where libharu reads next
    };
    HeldBytes& hold(std::string bytes) {
        held_.push_back({std::move(bytes), 0});
        return held_.back();
    }

    // libharu's handler: records the first error in the HpdfDoc at user_data.
    static void record(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);

private:
    struct Free {
        void operator()(HPDF_Doc d) const { HPDF_Free(d); }
    };

    // Declared before doc_, so it outlives HPDF_Free's last report.
    HPDF_STATUS first_error_ = HPDF_OK;
    HPDF_STATUS first_detail_ = 0;
    // Before doc_ too: its streams read from here until it is freed.
    std::deque<HeldBytes> held_;
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
    flate::Deflater deflater_{flate_level};
};

// Plain words for a libharu error code ("the font does not allow embedding").
std::string describe_hpdf_error(HPDF_STATUS code);

} // namespace thidua::pdf
