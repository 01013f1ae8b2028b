// The terminal stream: text collected up to each line end, then escaped.
#include "cli/terminal_stream.hpp"

#include "text/utf8.hpp"

namespace thidua::cli {

TerminalBuf::~TerminalBuf() {
    emit();
    out_.flush();
}

void TerminalBuf::emit() {
    std::size_t start = 0;
    // Between the kept characters (\n \r \t), the text is made safe.
    for (std::size_t k = 0; k <= pending_.size(); ++k) {
        const bool end = k == pending_.size();
        const char c = end ? '\0' : pending_[k];
        if (!end && c != '\n' && c != '\r' && c != '\t') continue;
        out_ << text::terminal_safe(std::string_view(pending_).substr(start, k - start));
        if (!end) out_ << c;
        start = k + 1;
    }
    pending_.clear();
}

TerminalBuf::int_type TerminalBuf::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    pending_ += ch;
    if (ch == '\n' || ch == '\r') {
        emit();
        out_.flush();
    }
    return c;
}

std::streamsize TerminalBuf::xsputn(const char* s, std::streamsize n) {
    for (std::streamsize k = 0; k < n; ++k)
        overflow(traits_type::to_int_type(s[k]));
    return n;
}

int TerminalBuf::sync() {
    emit();
    out_.flush();
    return out_ ? 0 : -1;
}

} // namespace thidua::cli
