// The program's messages in the user's language, through GNU gettext's
// catalogue "thidua" (po/vi.po, compiled at build time with msgfmt). Every
// message is written in English in the code, marked with tr() (or N_() where
// it is only named), and looked up when it is shown; a message the
// catalogue lacks stays English. The FILE:LINE:COLUMN prefix and the words
// "error:" and "warning:" are never part of a message, so editors still
// jump to the line whatever the language.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace thidua::i18n {

// The message in the chosen language (language.hpp), or `msgid` itself.
const char* tr(const char* msgid);

// The same for a message with a count: `one` or `many` by n, as the
// language's catalogue says (Vietnamese has one form).
const char* tr_n(const char* one, const char* many, unsigned long n);

// "1 member", "3 members": tr_n by `n`, with `n` for {1} (written with
// std::to_chars, never through the C locale).
std::string count_of(long long n, const char* one, const char* many);

// `pattern` with {1}, {2}, ... replaced by the arguments in that order; a
// translation may move them. Braces not followed by a digit and '}' stay.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

// tr then fill: the common case of a message with values.
inline std::string trf(const char* msgid, std::initializer_list<std::string_view> args) {
    return fill(tr(msgid), args);
}

} // namespace thidua::i18n

// Marks a message for xgettext where it is only named (a table of texts);
// it is looked up with tr() where it is shown.
#define N_(msgid) msgid
