// The fuzz targets' fixtures, each built on first use (a function-local
// constant: the fuzzer calls the targets millions of times).
#include "fixtures.hpp"

#include "load/load.hpp"

#include <cstdlib>
#include <iostream>

namespace thidua::fuzz {
namespace {

const std::filesystem::path source_dir = THIDUA_SOURCE_DIR;

[[noreturn]] void unusable_fixture(const std::filesystem::path& file, const std::string& why) {
    std::cerr << "fuzz fixture " << file.string() << " is unusable:\n" << why;
    std::abort();
}

std::vector<model::ClusterYear> load_samples() {
    std::vector<model::ClusterYear> models;
    for (const char* name : {"dbsh-2017.xml", "blank.xml"}) {
        const auto path = source_dir / "samples" / name;
        auto loaded = load::load_file(path);
        if (!loaded.model) unusable_fixture(path, loaded.diagnostics.format());
        models.push_back(std::move(*loaded.model));
    }
    return models;
}

std::vector<std::unique_ptr<doc::Template>> load_templates() {
    std::vector<std::unique_ptr<doc::Template>> templates;
    for (const char* name : {"minutes.xml", "covenant.xml"}) {
        const auto path = templates_folder() / name;
        diag::Diagnostics diags(path.string());
        auto t = doc::Template::load(path, diags);
        if (!t) unusable_fixture(path, diags.format());
        templates.push_back(std::move(t));
    }
    return templates;
}

} // namespace

std::filesystem::path templates_folder() {
    return source_dir / "templates";
}

const std::vector<model::ClusterYear>& sample_models() {
    static const std::vector<model::ClusterYear> models = load_samples();
    return models;
}

const std::vector<std::unique_ptr<doc::Template>>& shipped_templates() {
    static const std::vector<std::unique_ptr<doc::Template>> templates = load_templates();
    return templates;
}

} // namespace thidua::fuzz
