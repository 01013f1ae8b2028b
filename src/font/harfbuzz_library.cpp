// Loading HarfBuzz at run time (see harfbuzz_library.hpp): dlopen of the
// sonames Debian's libharfbuzz0b and libharfbuzz-subset0 install, dlsym of
// every function thidua calls, and the program's definitions of those
// functions, each forwarding to the library's. The definitions are
// declared by HarfBuzz's own headers, so a signature that differs from
// the library's does not compile. The one state of the module is the
// loaded table, made once, under the C++ runtime's lock, by whichever thread
// first needs it, and only read afterwards (the dynamic linker keeps the
// library loaded for the process in any case).
#include "font/harfbuzz_library.hpp"

#include "i18n/messages.hpp"
#include "io/loaded_library.hpp"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

namespace thidua::font {
namespace {

// hb-subset's soname: its handle finds its own functions and, through its
// dependency, libharfbuzz's.
constexpr const char* soname = "libharfbuzz-subset.so.0";

// Every HarfBuzz function thidua calls, as X(name). One not listed here
// does not link: the headers declare it, nothing defines it.
#define THIDUA_HARFBUZZ_FUNCTIONS(X)                                                               \
    X(hb_blob_create)                                                                              \
    X(hb_blob_destroy)                                                                             \
    X(hb_blob_get_data)                                                                            \
    X(hb_blob_get_length)                                                                          \
    X(hb_face_collect_unicodes)                                                                    \
    X(hb_face_count)                                                                               \
    X(hb_face_create)                                                                              \
    X(hb_face_destroy)                                                                             \
    X(hb_face_get_glyph_count)                                                                     \
    X(hb_face_get_upem)                                                                            \
    X(hb_face_reference_blob)                                                                      \
    X(hb_face_reference_table)                                                                     \
    X(hb_font_create)                                                                              \
    X(hb_font_destroy)                                                                             \
    X(hb_font_get_face)                                                                            \
    X(hb_font_get_glyph_extents)                                                                   \
    X(hb_font_get_glyph_h_advance)                                                                 \
    X(hb_font_get_glyph_h_advances)                                                                \
    X(hb_font_get_h_extents)                                                                       \
    X(hb_font_get_nominal_glyph)                                                                   \
    X(hb_font_get_nominal_glyphs)                                                                  \
    X(hb_font_make_immutable)                                                                      \
    X(hb_font_reference)                                                                           \
    X(hb_font_set_scale)                                                                           \
    X(hb_map_get)                                                                                  \
    X(hb_ot_metrics_get_position)                                                                  \
    X(hb_ot_name_get_utf8)                                                                         \
    X(hb_set_add)                                                                                  \
    X(hb_set_clear)                                                                                \
    X(hb_set_create)                                                                               \
    X(hb_set_destroy)                                                                              \
    X(hb_set_invert)                                                                               \
    X(hb_set_is_empty)                                                                             \
    X(hb_style_get_value)                                                                          \
    X(hb_subset_input_create_or_fail)                                                              \
    X(hb_subset_input_destroy)                                                                     \
    X(hb_subset_input_set)                                                                         \
    X(hb_subset_input_set_flags)                                                                   \
    X(hb_subset_input_unicode_set)                                                                 \
    X(hb_subset_plan_create_or_fail)                                                               \
    X(hb_subset_plan_destroy)                                                                      \
    X(hb_subset_plan_execute_or_fail)                                                              \
    X(hb_subset_plan_new_to_old_glyph_mapping)                                                     \
    X(hb_subset_plan_old_to_new_glyph_mapping)                                                     \
    X(hb_subset_plan_unicode_to_old_glyph_mapping)                                                 \
    X(hb_tag_from_string)

struct HarfBuzz {
    THIDUA_LIBRARY_TABLE(THIDUA_HARFBUZZ_FUNCTIONS)
};

// Why the library cannot serve: it has no function `name` (an older or
// different one).
std::string no_function(const char* name) {
    return i18n::trf("cannot load HarfBuzz ({1}): it has no function {2}; install the "
                     "packages libharfbuzz0b and libharfbuzz-subset0 of Debian 12 or later",
                     {soname, name});
}

const HarfBuzz& loaded_once() {
    static const HarfBuzz h = io::load_table<HarfBuzz>(
        soname,
        [](const std::string& why) {
            return i18n::trf("cannot load HarfBuzz ({1}): {2}; install the packages "
                             "libharfbuzz0b and libharfbuzz-subset0",
                             {soname, why});
        },
        no_function);
    return h;
}

// The table, for the definitions below: only called after the module was
// asked (load_harfbuzz), so only when loaded.
const HarfBuzz& harfbuzz() {
    return io::usable(loaded_once());
}

} // namespace

bool load_harfbuzz(std::string& error) {
    return io::loaded(loaded_once(), error);
}

} // namespace thidua::font

// The functions font/ calls, forwarded to the library.
extern "C" {

hb_blob_t* hb_blob_create(const char* data, unsigned int length, hb_memory_mode_t mode,
                          void* user_data, hb_destroy_func_t destroy) {
    return thidua::font::harfbuzz().hb_blob_create(data, length, mode, user_data, destroy);
}

void hb_blob_destroy(hb_blob_t* blob) {
    return thidua::font::harfbuzz().hb_blob_destroy(blob);
}

const char* hb_blob_get_data(hb_blob_t* blob, unsigned int* length) {
    return thidua::font::harfbuzz().hb_blob_get_data(blob, length);
}

unsigned int hb_blob_get_length(hb_blob_t* blob) {
    return thidua::font::harfbuzz().hb_blob_get_length(blob);
}

void hb_face_collect_unicodes(hb_face_t* face, hb_set_t* out) {
    return thidua::font::harfbuzz().hb_face_collect_unicodes(face, out);
}

unsigned int hb_face_count(hb_blob_t* blob) {
    return thidua::font::harfbuzz().hb_face_count(blob);
}

hb_face_t* hb_face_create(hb_blob_t* blob, unsigned int index) {
    return thidua::font::harfbuzz().hb_face_create(blob, index);
}

void hb_face_destroy(hb_face_t* face) {
    return thidua::font::harfbuzz().hb_face_destroy(face);
}

unsigned int hb_face_get_glyph_count(const hb_face_t* face) {
    return thidua::font::harfbuzz().hb_face_get_glyph_count(face);
}

unsigned int hb_face_get_upem(const hb_face_t* face) {
    return thidua::font::harfbuzz().hb_face_get_upem(face);
}

hb_blob_t* hb_face_reference_blob(hb_face_t* face) {
    return thidua::font::harfbuzz().hb_face_reference_blob(face);
}

hb_blob_t* hb_face_reference_table(const hb_face_t* face, hb_tag_t tag) {
    return thidua::font::harfbuzz().hb_face_reference_table(face, tag);
}

hb_font_t* hb_font_create(hb_face_t* face) {
    return thidua::font::harfbuzz().hb_font_create(face);
}

void hb_font_destroy(hb_font_t* font) {
    return thidua::font::harfbuzz().hb_font_destroy(font);
}

hb_face_t* hb_font_get_face(hb_font_t* font) {
    return thidua::font::harfbuzz().hb_font_get_face(font);
}

hb_bool_t hb_font_get_glyph_extents(hb_font_t* font, hb_codepoint_t glyph,
                                    hb_glyph_extents_t* extents) {
    return thidua::font::harfbuzz().hb_font_get_glyph_extents(font, glyph, extents);
}

hb_position_t hb_font_get_glyph_h_advance(hb_font_t* font, hb_codepoint_t glyph) {
    return thidua::font::harfbuzz().hb_font_get_glyph_h_advance(font, glyph);
}

void hb_font_get_glyph_h_advances(hb_font_t* font, unsigned int count,
                                  const hb_codepoint_t* first_glyph, unsigned glyph_stride,
                                  hb_position_t* first_advance, unsigned advance_stride) {
    return thidua::font::harfbuzz().hb_font_get_glyph_h_advances(
        font, count, first_glyph, glyph_stride, first_advance, advance_stride);
}

hb_bool_t hb_font_get_h_extents(hb_font_t* font, hb_font_extents_t* extents) {
    return thidua::font::harfbuzz().hb_font_get_h_extents(font, extents);
}

hb_bool_t hb_font_get_nominal_glyph(hb_font_t* font, hb_codepoint_t unicode,
                                    hb_codepoint_t* glyph) {
    return thidua::font::harfbuzz().hb_font_get_nominal_glyph(font, unicode, glyph);
}

unsigned int hb_font_get_nominal_glyphs(hb_font_t* font, unsigned int count,
                                        const hb_codepoint_t* first_unicode,
                                        unsigned int unicode_stride, hb_codepoint_t* first_glyph,
                                        unsigned int glyph_stride) {
    return thidua::font::harfbuzz().hb_font_get_nominal_glyphs(
        font, count, first_unicode, unicode_stride, first_glyph, glyph_stride);
}

void hb_font_make_immutable(hb_font_t* font) {
    return thidua::font::harfbuzz().hb_font_make_immutable(font);
}

hb_font_t* hb_font_reference(hb_font_t* font) {
    return thidua::font::harfbuzz().hb_font_reference(font);
}

void hb_font_set_scale(hb_font_t* font, int x_scale, int y_scale) {
    return thidua::font::harfbuzz().hb_font_set_scale(font, x_scale, y_scale);
}

hb_codepoint_t hb_map_get(const hb_map_t* map, hb_codepoint_t key) {
    return thidua::font::harfbuzz().hb_map_get(map, key);
}

hb_bool_t hb_ot_metrics_get_position(hb_font_t* font, hb_ot_metrics_tag_t metrics_tag,
                                     hb_position_t* position) {
    return thidua::font::harfbuzz().hb_ot_metrics_get_position(font, metrics_tag, position);
}

unsigned int hb_ot_name_get_utf8(hb_face_t* face, hb_ot_name_id_t name_id, hb_language_t language,
                                 unsigned int* text_size, char* text) {
    return thidua::font::harfbuzz().hb_ot_name_get_utf8(face, name_id, language, text_size, text);
}

void hb_set_add(hb_set_t* set, hb_codepoint_t codepoint) {
    return thidua::font::harfbuzz().hb_set_add(set, codepoint);
}

void hb_set_clear(hb_set_t* set) {
    return thidua::font::harfbuzz().hb_set_clear(set);
}

void hb_set_invert(hb_set_t* set) {
    return thidua::font::harfbuzz().hb_set_invert(set);
}

hb_set_t* hb_set_create(void) {
    return thidua::font::harfbuzz().hb_set_create();
}

void hb_set_destroy(hb_set_t* set) {
    return thidua::font::harfbuzz().hb_set_destroy(set);
}

hb_bool_t hb_set_is_empty(const hb_set_t* set) {
    return thidua::font::harfbuzz().hb_set_is_empty(set);
}

float hb_style_get_value(hb_font_t* font, hb_style_tag_t style_tag) {
    return thidua::font::harfbuzz().hb_style_get_value(font, style_tag);
}

hb_subset_input_t* hb_subset_input_create_or_fail(void) {
    return thidua::font::harfbuzz().hb_subset_input_create_or_fail();
}

void hb_subset_input_destroy(hb_subset_input_t* input) {
    return thidua::font::harfbuzz().hb_subset_input_destroy(input);
}

hb_set_t* hb_subset_input_set(hb_subset_input_t* input, hb_subset_sets_t set_type) {
    return thidua::font::harfbuzz().hb_subset_input_set(input, set_type);
}

void hb_subset_input_set_flags(hb_subset_input_t* input, unsigned value) {
    return thidua::font::harfbuzz().hb_subset_input_set_flags(input, value);
}

hb_set_t* hb_subset_input_unicode_set(hb_subset_input_t* input) {
    return thidua::font::harfbuzz().hb_subset_input_unicode_set(input);
}

hb_subset_plan_t* hb_subset_plan_create_or_fail(hb_face_t* face, const hb_subset_input_t* input) {
    return thidua::font::harfbuzz().hb_subset_plan_create_or_fail(face, input);
}

void hb_subset_plan_destroy(hb_subset_plan_t* plan) {
    return thidua::font::harfbuzz().hb_subset_plan_destroy(plan);
}

hb_face_t* hb_subset_plan_execute_or_fail(hb_subset_plan_t* plan) {
    return thidua::font::harfbuzz().hb_subset_plan_execute_or_fail(plan);
}

const hb_map_t* hb_subset_plan_new_to_old_glyph_mapping(const hb_subset_plan_t* plan) {
    return thidua::font::harfbuzz().hb_subset_plan_new_to_old_glyph_mapping(plan);
}

const hb_map_t* hb_subset_plan_old_to_new_glyph_mapping(const hb_subset_plan_t* plan) {
    return thidua::font::harfbuzz().hb_subset_plan_old_to_new_glyph_mapping(plan);
}

const hb_map_t* hb_subset_plan_unicode_to_old_glyph_mapping(const hb_subset_plan_t* plan) {
    return thidua::font::harfbuzz().hb_subset_plan_unicode_to_old_glyph_mapping(plan);
}

hb_tag_t hb_tag_from_string(const char* str, int len) {
    return thidua::font::harfbuzz().hb_tag_from_string(str, len);
}

} // extern "C"
