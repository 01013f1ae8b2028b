// What the fuzz targets run their input against: the sample models and the
// shipped templates, read once from the source tree and then only read.
// A missing or broken fixture stops the process with a message, so a fuzzer
// or a test never runs against nothing.
#pragma once

#include "doc/template.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <memory>
#include <vector>

namespace thidua::fuzz {

// templates/ of the source tree.
std::filesystem::path templates_folder();

// samples/dbsh-2017.xml (every section filled) and samples/blank.xml (the
// skeleton, mostly fill-in lines), loaded.
const std::vector<model::ClusterYear>& sample_models();

// templates/minutes.xml and templates/covenant.xml, loaded.
const std::vector<std::unique_ptr<doc::Template>>& shipped_templates();

} // namespace thidua::fuzz
