// read_and_make_first (see render_reading.hpp): the pieces of work in one
// list, one thread a core, each taking the first piece in the list whose
// inputs are read.
//
// No more threads than cores: a thread made runnable while two others
// computed on two cores got one only at a later timer tick (2-4 ms seen),
// whichever document it was making then ended last, alone on one core. The
// second thread is started on the other core (archive::ThreadElsewhere).
#include "cli/render_reading.hpp"

#include "archive/parallel.hpp"
#include "font/font_file.hpp"
#include "font/harfbuzz_library.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>

namespace thidua::cli {
namespace {

enum class Task { prepare, load, harfbuzz, library, font, draft, finish };

struct Piece {
    Task task;
    std::size_t index; // the kind, the file or the font style (0 for HarfBuzz)
};

// The order pieces are taken in. HarfBuzz loaded first (the fonts need it;
// the dynamic linker loads one library at a time, so the kinds' libraries
// come after it). Then everything the kind whose file takes longest needs
// (DocumentKind::file_weight: the workbook's), down to its file: its
// template, the first file, the fonts, its library, its draft; then the
// other kinds, heaviest first: templates, libraries, drafts (template walk
// and layout), files; the other files last (their documents are made
// afterwards). The longest file is begun while the other thread makes the
// rest, as in the longest-first rule for two machines; begun last, it
// was made alone at the end, the other thread idle (1.6 ms on ĐBSH 2017).
// A piece comes after the pieces it needs, so one thread alone takes them
// all in order.
std::vector<Piece> pieces_in_order(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                                   std::size_t files, std::size_t fonts) {
    std::vector<std::size_t> by_weight(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k)
        by_weight[k] = k;
    std::stable_sort(by_weight.begin(), by_weight.end(), [&](std::size_t a, std::size_t b) {
        return kinds[a]->file_weight() > kinds[b]->file_weight();
    });
    const std::size_t lead = by_weight.front();
    std::vector<Piece> order;
    order.push_back({Task::harfbuzz, 0});
    order.push_back({Task::prepare, lead});
    order.push_back({Task::load, 0});
    for (std::size_t f = 0; f < fonts; ++f)
        order.push_back({Task::font, f});
    for (const Task task : {Task::library, Task::draft, Task::finish})
        order.push_back({task, lead});
    for (const Task task : {Task::prepare, Task::library, Task::draft, Task::finish})
        for (std::size_t i = 1; i < by_weight.size(); ++i)
            order.push_back({task, by_weight[i]});
    for (std::size_t f = 1; f < files; ++f)
        order.push_back({Task::load, f});
    return order;
}

// The list, shared by the threads: which pieces are taken and which ended.
class Pieces {
public:
    Pieces(std::vector<Piece> order, std::size_t kinds, std::size_t fonts)
        : order_(std::move(order)), taken_(order_.size(), 0), failures_(order_.size()),
          prepared_(kinds, 0), library_(kinds, 0), drafted_(kinds, 0), fonts_(fonts) {}

    // Takes and runs pieces until none is left; run(piece) does one. A
    // piece that throws ends all the same (its exception kept), so that no
    // thread waits for ever.
    template <typename Run> void work(const Run& run) {
        std::unique_lock lock(mutex_);
        for (;;) {
            const std::size_t p = next_ready();
            if (p == order_.size()) {
                if (std::all_of(taken_.begin(), taken_.end(), [](char t) { return t != 0; }))
                    return;
                changed_.wait(lock);
                continue;
            }
            taken_[p] = 1;
            lock.unlock();
            try {
                run(order_[p]);
            } catch (...) {
                failures_[p] = std::current_exception();
            }
            lock.lock();
            ended(order_[p]);
            changed_.notify_all();
        }
    }

    // The first exception a piece threw, in the list's order, rethrown.
    void rethrow() const {
        for (const std::exception_ptr& f : failures_)
            if (f) std::rethrow_exception(f);
    }

private:
    std::size_t next_ready() const {
        for (std::size_t p = 0; p < order_.size(); ++p)
            if (!taken_[p] && ready(order_[p])) return p;
        return order_.size();
    }
    // A kind's draft needs its template, the first file and the fonts; its
    // file needs the draft and its library; a font needs HarfBuzz.
    bool ready(const Piece& piece) const {
        if (piece.task == Task::draft) return prepared_[piece.index] && first_file_ && fonts_ == 0;
        if (piece.task == Task::finish) return drafted_[piece.index] && library_[piece.index];
        if (piece.task == Task::font) return harfbuzz_;
        return true;
    }
    void ended(const Piece& piece) {
        if (piece.task == Task::prepare) prepared_[piece.index] = 1;
        if (piece.task == Task::load && piece.index == 0) first_file_ = true;
        if (piece.task == Task::font) --fonts_;
        if (piece.task == Task::harfbuzz) harfbuzz_ = true;
        if (piece.task == Task::library) library_[piece.index] = 1;
        if (piece.task == Task::draft) drafted_[piece.index] = 1;
    }

    std::vector<Piece> order_;
    std::vector<char> taken_;
    std::vector<std::exception_ptr> failures_;
    std::vector<char> prepared_; // each kind's template read
    std::vector<char> library_;  // each kind's library loaded (or failed to)
    std::vector<char> drafted_;  // each kind's draft ended
    bool first_file_ = false;    // the first file read
    bool harfbuzz_ = false;      // HarfBuzz loaded (or failed to)
    std::size_t fonts_;          // the fonts still to read
    std::mutex mutex_;
    std::condition_variable changed_;
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
    const auto draft = [&](std::size_t k) {
        std::string unused;
        const auto fonts = fonts_read(in.fonts, in.font_errors, unused);
        if (!in.prepared[k] || !fonts || !first.view) return;
        if (!kinds[k]->use_fonts(*fonts, first.font_errors[k])) return;
        first.documents[k].draft(*kinds[k], *first.view, in.sources.front());
        first.made[k] = 1;
    };
    const auto finish = [&](std::size_t k) {
        first.documents[k].finish();
        if (first.documents[k].made) first.staging->stage(k, *kinds[k], *first.documents[k].made);
    };
    Pieces pieces(pieces_in_order(kinds, files.size(), in.fonts.size()), kinds.size(),
                  in.fonts.size());
    const auto run = [&](const Piece& piece) {
        switch (piece.task) {
        case Task::prepare:
            in.prepared[piece.index] =
                kinds[piece.index]->prepare(templates, in.template_messages[piece.index]) ? 1 : 0;
            return;
        case Task::load:
            return read_file(piece.index);
        case Task::harfbuzz: {
            std::string told_later; // by the first font read
            font::load_harfbuzz(told_later);
            return;
        }
        case Task::library:
            return kinds[piece.index]->load_library();
        case Task::font:
            return read_font(piece.index);
        case Task::draft:
            return draft(piece.index);
        case Task::finish:
            return finish(piece.index);
        }
    };
    const unsigned threads = archive::every_core();
    archive::on_every_core(threads, threads, [&](std::size_t) { pieces.work(run); });
    pieces.rethrow();
    return in;
}

} // namespace thidua::cli
