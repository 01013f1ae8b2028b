// Writing a file so that readers see either the earlier file or the whole
// new one, never a part: a uniquely named temporary file beside the target,
// renamed onto it once complete and removed otherwise. Every writer (PDF,
// XLSX, the archive) goes through here.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::io {

class PendingFile {
public:
    // Creates ".NAME.PID-RANDOM.tmp" in the target's folder, or in
    // `temp_folder` when given (on the target's file system: the archive
    // keeps its temporaries in one folder of its own), never an existing
    // file; nullopt with `error` set when it cannot.
    static std::optional<PendingFile> create(const std::filesystem::path& target,
                                             std::string& error,
                                             const std::filesystem::path& temp_folder = {});

    // create() and write(bytes), unless `target` is a regular file (not a
    // symbolic link) already holding exactly `bytes`: nothing is written
    // then, and commit() only sets its modification time to now. Rendering
    // the same input again so rewrites nothing; replacing a file would cost
    // ext4 ~0.3 ms to free the earlier one, on top of making the new one.
    static std::optional<PendingFile> stage(const std::filesystem::path& target,
                                            std::string_view bytes, std::string& error,
                                            const std::filesystem::path& temp_folder = {});

    // The temporary file; empty when the target already holds the bytes.
    const std::filesystem::path& path() const { return temp_; }
    // Whether stage() found the bytes at the target already (nothing to write).
    bool unchanged() const { return temp_.empty() && !done_; }

    // Appends `bytes` to the temporary file (through the descriptor create
    // opened); false with `error` set (a full disk, say) on failure.
    bool write(std::string_view bytes, std::string& error);

    // Starts storing what was written on the disk, without waiting for it:
    // renaming a file over an earlier one on ext4 first stores the new one
    // (auto_da_alloc), so commit() then finds that work done. For a caller
    // that commits later, after other work (render, once every document of
    // the cluster-year is made).
    void start_storing() noexcept;

    // Closes the temporary file and renames it onto the target (or, when
    // the target already held the bytes, sets its modification time).
    bool commit(std::string& error);

    // Removes the temporary file unless it was committed.
    ~PendingFile();
    PendingFile(PendingFile&& other) noexcept;
    PendingFile& operator=(PendingFile&&) = delete;
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

private:
    // `temp` empty: `fd` is the target's own, opened read-only.
    PendingFile(std::filesystem::path target, std::filesystem::path temp, int fd)
        : target_(std::move(target)), temp_(std::move(temp)), fd_(fd) {}
    // Closes the descriptor (once); false when the system reports that
    // written bytes could not be stored.
    bool close_file();
    // "cannot write TARGET: why", for the system's error `err`.
    std::string cannot_write(int err) const;
    std::filesystem::path target_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool done_ = false;
};

// Writes `bytes` to `target` through a PendingFile (stage, then commit). On
// failure `target` is as it was and `error` is a plain sentence.
bool write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           std::string& error, const std::filesystem::path& temp_folder = {});

} // namespace thidua::io
