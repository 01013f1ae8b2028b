// Private to src/font: HarfBuzz objects owned by RAII (each destroyed with
// its own hb_*_destroy), and a face over bytes the caller keeps alive.
#pragma once

#include <cstdint>
#include <hb.h>
#include <memory>
#include <span>
#include <vector>

namespace thidua::font::hb {

template <typename T, void (*Destroy)(T*)> struct Delete {
    void operator()(T* p) const { Destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, Delete<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, Delete<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, Delete<hb_font_t, hb_font_destroy>>;
using Set = std::unique_ptr<hb_set_t, Delete<hb_set_t, hb_set_destroy>>;

// A read-only blob over `bytes` (not copied: they must outlive it).
inline Blob blob_of(std::span<const std::uint8_t> bytes) {
    return Blob(hb_blob_create(reinterpret_cast<const char*>(bytes.data()),
                               static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_READONLY,
                               nullptr, nullptr));
}

// The length of table `tag` in `face` as HarfBuzz finds it (0: absent).
inline unsigned table_length(hb_face_t* face, hb_tag_t tag) {
    const Blob table(hb_face_reference_table(face, tag));
    return hb_blob_get_length(table.get());
}

} // namespace thidua::font::hb
