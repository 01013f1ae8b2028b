// An output stream for the terminal: every line written through it reaches
// the real stream with control characters escaped and bytes that are not
// UTF-8 shown as \xNN (text::terminal_safe), whatever the messages quote
// from the input. Line ends, carriage returns (progress lines) and tabs
// pass through.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace thidua::cli {

class TerminalBuf : public std::streambuf {
public:
    explicit TerminalBuf(std::ostream& out) : out_(out) {}
    ~TerminalBuf() override;
    TerminalBuf(const TerminalBuf&) = delete;
    TerminalBuf& operator=(const TerminalBuf&) = delete;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    void emit(); // writes the pending text, made safe
    std::ostream& out_;
    std::string pending_;
};

class TerminalStream : public std::ostream {
public:
    explicit TerminalStream(std::ostream& out) : std::ostream(nullptr), buf_(out) { rdbuf(&buf_); }

private:
    TerminalBuf buf_;
};

} // namespace thidua::cli
