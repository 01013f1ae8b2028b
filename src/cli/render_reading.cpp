// read_and_make_first (see render_reading.hpp): one thread a kind, the
// first kind's (the minutes) on the calling thread. That one reads the input
// files and the fonts (helped by the threads beyond one a kind, when there
// are more cores, and by the others once their templates are read), then
// its template, then makes its document, hardly ever waiting; the others
// prepare their kinds meanwhile and wait for the reading. A thread woken
// while two others compute on two cores gets one only at a later timer tick
// (up to 4 ms seen): when the minutes' thread was the one waiting, its
// document, the longest, was begun last.
#include "cli/render_reading.hpp"

#include "archive/parallel.hpp"
#include "font/font_file.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace thidua::cli {
namespace {

// The input files and the fonts, taken one at a time by whichever thread
// is free; `done` counts the pieces ended (a thrown exception counts too,
// so that no thread waits for ever).
class SharedReading {
public:
    SharedReading(std::size_t files, std::size_t fonts) : files_(files), fonts_(fonts) {}

    // Reads pieces until none is left to take: read_file(f), read_font(k).
    template <typename File, typename Font>
    void take_all(const File& read_file, const Font& read_font) {
        for (std::size_t t = next_++; t < count(); t = next_++) {
            const Ended ended(done_);
            if (t < files_) {
                read_file(t);
            } else {
                read_font(t - files_);
            }
        }
    }
    // Waits until every piece is read.
    void wait() const {
        for (std::size_t d = done_.load(); d < count(); d = done_.load())
            done_.wait(d);
    }

private:
    std::size_t count() const { return files_ + fonts_; }

    struct Ended {
        explicit Ended(std::atomic<std::size_t>& done) : done_(done) {}
        ~Ended() {
            ++done_;
            done_.notify_all();
        }
        Ended(const Ended&) = delete;
        Ended& operator=(const Ended&) = delete;
        std::atomic<std::size_t>& done_;
    };

    std::size_t files_;
    std::size_t fonts_;
    std::atomic<std::size_t> next_{0};
    std::atomic<std::size_t> done_{0};
};

} // namespace

Inputs read_and_make_first(const FontFiles& font_files,
                           const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                           const std::filesystem::path& templates,
                           const std::vector<std::string>& files,
                           const std::filesystem::path& out_dir) {
    Inputs in;
    in.template_messages.resize(kinds.size());
    in.prepared.resize(kinds.size(), 0);
    in.loaded.resize(files.size());
    in.sources.resize(files.size());
    FirstDocuments& first = in.first;
    first.documents.reserve(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k)
        first.documents.emplace_back(files.front());
    first.font_errors.resize(kinds.size());
    first.made.resize(kinds.size(), 0);
    const auto read_file = [&](std::size_t f) {
        in.loaded[f] = load::load_file(files[f], {}, &in.sources[f]);
        if (f == 0 && in.loaded[0].model) {
            first.view.emplace(*in.loaded[0].model);
            first.staging.emplace(out_dir, *in.loaded[0].model, kinds.size());
        }
    };
    const auto read_font = [&](std::size_t k) {
        in.fonts[k] = font::FontFile::load(font_files[k], in.font_errors[k]);
    };
    const auto make = [&](std::size_t k) {
        std::string unused;
        const auto fonts = fonts_read(in.fonts, in.font_errors, unused);
        if (!in.prepared[k] || !fonts || !first.view) return;
        if (!kinds[k]->use_fonts(*fonts, first.font_errors[k])) return;
        first.documents[k].make(*kinds[k], *first.view, in.sources.front());
        first.made[k] = 1;
        if (first.documents[k].made) first.staging->stage(k, *kinds[k], *first.documents[k].made);
    };
    SharedReading shared(files.size(), in.fonts.size());
    const std::size_t threads = std::max<std::size_t>(kinds.size(), archive::every_core());
    const auto work = [&](std::size_t t) {
        if (t == 0 || t >= kinds.size()) shared.take_all(read_file, read_font);
        if (t >= kinds.size()) return;
        in.prepared[t] = kinds[t]->prepare(templates, in.template_messages[t]) ? 1 : 0;
        // What is left to read, if anything (a piece may have been left
        // by a thread that failed), then the wait.
        shared.take_all(read_file, read_font);
        shared.wait();
        make(t);
    };
    // Thread t does work(t), the calling thread work(0). An exception is
    // rethrown once all have ended (on another thread it would end the
    // process), the first t's first.
    std::vector<std::exception_ptr> failures(threads);
    const auto guarded = [&](std::size_t t) {
        try {
            work(t);
        } catch (...) {
            failures[t] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> others;
        for (std::size_t t = 1; t < threads; ++t)
            others.emplace_back(guarded, t);
        guarded(0);
    }
    for (const std::exception_ptr& f : failures)
        if (f) std::rethrow_exception(f);
    return in;
}

} // namespace thidua::cli
