// Choosing the language (see language.hpp). Only LC_MESSAGES is set from
// the environment: numbers are never written through the C library's locale.
// GNU gettext reads the LANGUAGE variable when the messages locale is not
// "C", so Vietnamese is shown even where no vi_VN locale is installed: the
// messages locale is then C.UTF-8, which every Debian system has.
#include "i18n/language.hpp"

#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <string>

namespace thidua::i18n {

bool language_named(std::string_view lang, Language& language) {
    if (lang == "vi") {
        language = Language::vietnamese;
        return true;
    }
    if (lang == "en") {
        language = Language::english;
        return true;
    }
    return false;
}

Language language_of_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).starts_with("vi") ? Language::vietnamese : Language::english;
    }
    return Language::english;
}

void use_language(Language language, const std::filesystem::path& catalogues) {
    if (language == Language::english) {
        // No lookups at all: messages stay as written, whatever LANGUAGE says.
        setenv("LANGUAGE", "en", 1);
        std::setlocale(LC_MESSAGES, "C");
        return;
    }
    setenv("LANGUAGE", "vi", 1);
    if (std::setlocale(LC_MESSAGES, "") == nullptr ||
        std::string_view(std::setlocale(LC_MESSAGES, nullptr)) == "C")
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    bindtextdomain("thidua", catalogues.c_str());
    bind_textdomain_codeset("thidua", "UTF-8");
}

} // namespace thidua::i18n
