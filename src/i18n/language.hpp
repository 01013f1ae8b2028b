// Choosing the language of the messages once, at the start of the program:
// Vietnamese when asked (--lang vi) or when the locale is Vietnamese
// (LC_ALL, LC_MESSAGES or LANG starting with "vi"), English otherwise.
// gettext keeps its choice for the whole process (setlocale, textdomain):
// that process-wide state is set here only, before any message is made.
#pragma once

#include <filesystem>
#include <string_view>

namespace thidua::i18n {

enum class Language { english, vietnamese };

// The language `lang` names ("vi", "en"; empty: the one the environment
// gives). False for another value.
bool language_named(std::string_view lang, Language& language);

// The language the environment asks for (LC_ALL, then LC_MESSAGES, then
// LANG, as setlocale reads them).
Language language_of_environment();

// Makes tr() answer in `language`, from the catalogues under `catalogues`
// (<catalogues>/vi/LC_MESSAGES/thidua.mo), always in UTF-8 whatever the
// locale's character set, and never touching the locale's number format.
void use_language(Language language, const std::filesystem::path& catalogues);

} // namespace thidua::i18n
