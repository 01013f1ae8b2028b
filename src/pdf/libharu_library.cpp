// Loading libharu at run time (see libharu_library.hpp): dlopen of the
// soname Debian's libhpdf-2.3.0 installs, dlsym of every function thidua
// calls, and the program's definitions of those functions (declared by
// libharu's own headers), each forwarding to the library's. The one state
// of the module is the loaded table, made once by whichever thread first
// needs it and only read afterwards.
#include "pdf/libharu_library.hpp"

#include "i18n/messages.hpp"
#include "io/loaded_library.hpp"

#include <hpdf.h>
#include <hpdf_encrypt.h>
#include <hpdf_error.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {
namespace {

constexpr const char* soname = "libhpdf-2.3.0.so";

// Every libharu function thidua calls, as X(name). One not listed here does
// not link: the headers declare it, nothing defines it.
#define THIDUA_LIBHARU_FUNCTIONS(X)                                                                \
    X(HPDF_AddPage)                                                                                \
    X(HPDF_Array_Add)                                                                              \
    X(HPDF_Array_AddNumber)                                                                        \
    X(HPDF_Array_AddReal)                                                                          \
    X(HPDF_Array_New)                                                                              \
    X(HPDF_Binary_New)                                                                             \
    X(HPDF_CallbackReader_New)                                                                     \
    X(HPDF_CallbackWriter_New)                                                                     \
    X(HPDF_DictStream_New)                                                                         \
    X(HPDF_Dict_Add)                                                                               \
    X(HPDF_Dict_AddName)                                                                           \
    X(HPDF_Dict_AddNumber)                                                                         \
    X(HPDF_Dict_AddReal)                                                                           \
    X(HPDF_Dict_GetItem)                                                                           \
    X(HPDF_Dict_New)                                                                               \
    X(HPDF_Free)                                                                                   \
    X(HPDF_List_ItemAt)                                                                            \
    X(HPDF_MD5Final)                                                                               \
    X(HPDF_MD5Init)                                                                                \
    X(HPDF_MD5Update)                                                                              \
    X(HPDF_NewEx)                                                                                  \
    X(HPDF_Page_SetHeight)                                                                         \
    X(HPDF_Page_SetWidth)                                                                          \
    X(HPDF_SaveToStream)                                                                           \
    X(HPDF_SetError)                                                                               \
    X(HPDF_SetInfoDateAttr)                                                                        \
    X(HPDF_Stream_Free)                                                                            \
    X(HPDF_Stream_Write)                                                                           \
    X(HPDF_Stream_WriteStr)                                                                        \
    X(HPDF_String_New)                                                                             \
    X(HPDF_Xref_Add)

struct Libharu {
    THIDUA_LIBRARY_TABLE(THIDUA_LIBHARU_FUNCTIONS)
};

// Why the library cannot serve: it has no function `name` (an older or
// different one).
std::string no_function(const char* name) {
    return i18n::trf("cannot load libharu ({1}): it has no function {2}; install the "
                     "package libhpdf-2.3.0 of Debian 12 or later",
                     {soname, name});
}

const Libharu& loaded_once() {
    static const Libharu h = io::load_table<Libharu>(
        soname,
        [](const std::string& why) {
            return i18n::trf("cannot load libharu ({1}): {2}; install the package libhpdf-2.3.0",
                             {soname, why});
        },
        no_function);
    return h;
}

// The table, for the definitions below: only called after the module was
// asked (load_libharu), so only when loaded.
const Libharu& libharu() {
    return io::usable(loaded_once());
}

} // namespace

bool load_libharu(std::string& error) {
    return io::loaded(loaded_once(), error);
}

} // namespace thidua::pdf

// The functions pdf/ calls, forwarded to the library.
extern "C" {

HPDF_Page HPDF_AddPage(HPDF_Doc pdf) {
    return thidua::pdf::libharu().HPDF_AddPage(pdf);
}

HPDF_STATUS HPDF_Array_Add(HPDF_Array array, void* obj) {
    return thidua::pdf::libharu().HPDF_Array_Add(array, obj);
}

HPDF_STATUS HPDF_Array_AddNumber(HPDF_Array array, HPDF_INT32 value) {
    return thidua::pdf::libharu().HPDF_Array_AddNumber(array, value);
}

HPDF_STATUS HPDF_Array_AddReal(HPDF_Array array, HPDF_REAL value) {
    return thidua::pdf::libharu().HPDF_Array_AddReal(array, value);
}

HPDF_Array HPDF_Array_New(HPDF_MMgr mmgr) {
    return thidua::pdf::libharu().HPDF_Array_New(mmgr);
}

HPDF_Binary HPDF_Binary_New(HPDF_MMgr mmgr, HPDF_BYTE* value, HPDF_UINT len) {
    return thidua::pdf::libharu().HPDF_Binary_New(mmgr, value, len);
}

HPDF_Stream HPDF_CallbackReader_New(HPDF_MMgr mmgr, HPDF_Stream_Read_Func read_fn,
                                    HPDF_Stream_Seek_Func seek_fn, HPDF_Stream_Tell_Func tell_fn,
                                    HPDF_Stream_Size_Func size_fn, void* data) {
    return thidua::pdf::libharu().HPDF_CallbackReader_New(mmgr, read_fn, seek_fn, tell_fn, size_fn,
                                                          data);
}

HPDF_Stream HPDF_CallbackWriter_New(HPDF_MMgr mmgr, HPDF_Stream_Write_Func write_fn, void* data) {
    return thidua::pdf::libharu().HPDF_CallbackWriter_New(mmgr, write_fn, data);
}

HPDF_Dict HPDF_DictStream_New(HPDF_MMgr mmgr, HPDF_Xref xref) {
    return thidua::pdf::libharu().HPDF_DictStream_New(mmgr, xref);
}

HPDF_STATUS HPDF_Dict_Add(HPDF_Dict dict, const char* key, void* obj) {
    return thidua::pdf::libharu().HPDF_Dict_Add(dict, key, obj);
}

HPDF_STATUS HPDF_Dict_AddName(HPDF_Dict dict, const char* key, const char* value) {
    return thidua::pdf::libharu().HPDF_Dict_AddName(dict, key, value);
}

HPDF_STATUS HPDF_Dict_AddNumber(HPDF_Dict dict, const char* key, HPDF_INT32 value) {
    return thidua::pdf::libharu().HPDF_Dict_AddNumber(dict, key, value);
}

HPDF_STATUS HPDF_Dict_AddReal(HPDF_Dict dict, const char* key, HPDF_REAL value) {
    return thidua::pdf::libharu().HPDF_Dict_AddReal(dict, key, value);
}

void* HPDF_Dict_GetItem(HPDF_Dict dict, const char* key, HPDF_UINT16 obj_class) {
    return thidua::pdf::libharu().HPDF_Dict_GetItem(dict, key, obj_class);
}

HPDF_Dict HPDF_Dict_New(HPDF_MMgr mmgr) {
    return thidua::pdf::libharu().HPDF_Dict_New(mmgr);
}

void HPDF_Free(HPDF_Doc pdf) {
    return thidua::pdf::libharu().HPDF_Free(pdf);
}

void* HPDF_List_ItemAt(HPDF_List list, HPDF_UINT index) {
    return thidua::pdf::libharu().HPDF_List_ItemAt(list, index);
}

void HPDF_MD5Final(HPDF_BYTE digest[16], struct HPDF_MD5Context* ctx) {
    return thidua::pdf::libharu().HPDF_MD5Final(digest, ctx);
}

void HPDF_MD5Init(struct HPDF_MD5Context* ctx) {
    return thidua::pdf::libharu().HPDF_MD5Init(ctx);
}

void HPDF_MD5Update(struct HPDF_MD5Context* ctx, const HPDF_BYTE* buf, HPDF_UINT32 len) {
    return thidua::pdf::libharu().HPDF_MD5Update(ctx, buf, len);
}

HPDF_Doc HPDF_NewEx(HPDF_Error_Handler user_error_fn, HPDF_Alloc_Func user_alloc_fn,
                    HPDF_Free_Func user_free_fn, HPDF_UINT mem_pool_buf_size, void* user_data) {
    return thidua::pdf::libharu().HPDF_NewEx(user_error_fn, user_alloc_fn, user_free_fn,
                                             mem_pool_buf_size, user_data);
}

HPDF_STATUS HPDF_Page_SetHeight(HPDF_Page page, HPDF_REAL value) {
    return thidua::pdf::libharu().HPDF_Page_SetHeight(page, value);
}

HPDF_STATUS HPDF_Page_SetWidth(HPDF_Page page, HPDF_REAL value) {
    return thidua::pdf::libharu().HPDF_Page_SetWidth(page, value);
}

HPDF_STATUS HPDF_SaveToStream(HPDF_Doc pdf) {
    return thidua::pdf::libharu().HPDF_SaveToStream(pdf);
}

HPDF_STATUS HPDF_SetError(HPDF_Error error, HPDF_STATUS error_no, HPDF_STATUS detail_no) {
    return thidua::pdf::libharu().HPDF_SetError(error, error_no, detail_no);
}

HPDF_STATUS HPDF_SetInfoDateAttr(HPDF_Doc pdf, HPDF_InfoType type, HPDF_Date value) {
    return thidua::pdf::libharu().HPDF_SetInfoDateAttr(pdf, type, value);
}

void HPDF_Stream_Free(HPDF_Stream stream) {
    return thidua::pdf::libharu().HPDF_Stream_Free(stream);
}

HPDF_STATUS HPDF_Stream_Write(HPDF_Stream stream, const HPDF_BYTE* ptr, HPDF_UINT size) {
    return thidua::pdf::libharu().HPDF_Stream_Write(stream, ptr, size);
}

HPDF_STATUS HPDF_Stream_WriteStr(HPDF_Stream stream, const char* value) {
    return thidua::pdf::libharu().HPDF_Stream_WriteStr(stream, value);
}

HPDF_String HPDF_String_New(HPDF_MMgr mmgr, const char* value, HPDF_Encoder encoder) {
    return thidua::pdf::libharu().HPDF_String_New(mmgr, value, encoder);
}

HPDF_STATUS HPDF_Xref_Add(HPDF_Xref xref, void* obj) {
    return thidua::pdf::libharu().HPDF_Xref_Add(xref, obj);
}

} // extern "C"
