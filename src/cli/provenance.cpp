// Reading and writing what made each archived document (see provenance.hpp).
#include "cli/provenance.hpp"

#include "archive/files.hpp"
#include "archive/lock.hpp"
#include "digest/sha256.hpp"
#include "text/number.hpp"

#include <sstream>

#ifndef THIDUA_VERSION
#define THIDUA_VERSION "0.0.0"
#endif

namespace thidua::cli {

namespace fs = std::filesystem;

fs::path made_by_path(const fs::path& root, int year, const std::string& cluster_id) {
    return made_by_path(root, text::to_text(year) + "/" + cluster_id);
}

fs::path made_by_path(const fs::path& root, const std::string& year_and_id) {
    return archive::own_folder(root) / "made" / year_and_id;
}

MadeBy read_made_by(const fs::path& file) {
    MadeBy out;
    std::istringstream in(archive::read_bytes(file));
    // "bien-ban.pdf source=HEX version=V templates=HEX fonts=HEX"
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        std::string name;
        if (!(fields >> name)) continue;
        Provenance p;
        for (std::string field; fields >> field;) {
            const std::size_t eq = field.find('=');
            if (eq == std::string::npos) continue;
            const std::string key = field.substr(0, eq);
            const std::string value = field.substr(eq + 1);
            if (key == "source") p.source = value;
            if (key == "version") p.version = value;
            if (key == "templates") p.templates = value;
            if (key == "fonts") p.fonts = value;
        }
        out[name] = p;
    }
    return out;
}

std::string format_made_by(const MadeBy& made) {
    std::string out;
    for (const auto& [name, p] : made)
        out += name + " source=" + p.source + " version=" + p.version +
               " templates=" + p.templates + " fonts=" + p.fonts + "\n";
    return out;
}

std::string templates_hash(const DocumentKind& kind, const fs::path& templates) {
    digest::Sha256 h;
    for (const fs::path& input : kind.inputs(templates))
        h.add_file(input);
    return h.hex();
}

std::string fonts_hash(const layout::Fonts& fonts) {
    digest::Sha256 h;
    for (const auto& f : fonts)
        h.add(
            std::string_view(reinterpret_cast<const char*>(f->bytes().data()), f->bytes().size()));
    return h.hex();
}

const char* engine_version() {
    return THIDUA_VERSION;
}

} // namespace thidua::cli
