// PageContent (see content_stream.hpp).
#include "pdf/content_stream.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace thidua::pdf {

namespace {

// Centre-to-centre distance of the dots of a dotted rule of width `w`.
double dot_pitch(double w) {
    return std::max(2.0, 3.0 * w);
}

long long thousandths(double v) {
    return std::llround(v * 1000.0);
}

// Built in a small buffer and appended once: the page's numbers are most of
// its operators (two a word shown).
void append_thousandths(std::string& out, long long t) {
    char buf[32];
    char* p = buf;
    if (t < 0) {
        *p++ = '-';
        t = -t;
    }
    p = std::to_chars(p, buf + 24, t / 1000).ptr;
    // Up to three decimals, trailing zeros left out.
    int frac = static_cast<int>(t % 1000);
    if (frac != 0) {
        *p++ = '.';
        for (int unit = 100; frac != 0; unit /= 10) {
            *p++ = static_cast<char>('0' + frac / unit);
            frac %= unit;
        }
    }
    out.append(buf, p);
}

} // namespace

void append_number(std::string& out, double v) {
    append_thousandths(out, thousandths(v));
}

void PageContent::number(double v) {
    append_number(ops_, v);
}

void PageContent::point(double x, double y) {
    number(x);
    ops_ += ' ';
    number(y);
}

void PageContent::add_rules(const std::vector<layout::PlacedRule>& rules) {
    if (rules.empty()) return;
    ops_ += "0 G\n";
    double width = -1;
    for (const layout::PlacedRule& r : rules) {
        if (r.dotted) {
            // A dash array [0 pitch] with round caps: every zero-length dash
            // is a round dot of the line's width.
            ops_ += "q\n1 J\n[0 ";
            number(dot_pitch(r.width.value));
            ops_ += "] 0 d\n";
            number(r.width.value);
            ops_ += " w\n";
        } else if (r.width.value != width) {
            number(r.width.value);
            ops_ += " w\n";
            width = r.width.value;
        }
        point(r.x1.value, r.y1.value);
        ops_ += " m\n";
        point(r.x2.value, r.y2.value);
        ops_ += " l\nS\n";
        if (r.dotted) ops_ += "Q\n"; // back to butt caps, no dash, `width`
    }
}

void PageContent::begin_text() {
    ops_ += "0 g\nBT\n";
    line_x_ = 0;
    line_y_ = 0;
    array_open_ = false;
}

void PageContent::set_font(std::string_view resource, double size) {
    close_array();
    ops_ += '/';
    ops_ += resource;
    ops_ += ' ';
    number(size);
    ops_ += " Tf\n";
    size_ = size;
}

void PageContent::show(double x, double y, std::u16string_view codes, double advance) {
    const long long tx = thousandths(x);
    const long long ty = thousandths(y);
    // Joined: the next word of a line (a space of up to an em from the
    // pen). A text further on (a table's next column) or behind starts an
    // array of its own: text extraction then sees columns as before
    // (pdftotext -layout gives every sample's PDFs the same text).
    const double space = x - pen_x_;
    if (array_open_ && ty == line_y_ && size_ > 0 && space > -0.001 && space <= size_) {
        // The space from the pen to x, in thousandths of the font size as
        // TJ counts it (a positive number moves left), to three decimals;
        // the pen moves by what is written, so the error never adds up.
        const long long gap = std::llround((pen_x_ - x) * 1e6 / size_);
        if (gap != 0) append_thousandths(ops_, gap);
        pen_x_ -= static_cast<double>(gap) * size_ / 1e6;
    } else {
        close_array();
        append_thousandths(ops_, tx - line_x_);
        ops_ += ' ';
        append_thousandths(ops_, ty - line_y_);
        ops_ += " Td\n[";
        line_x_ = tx;
        line_y_ = ty;
        array_open_ = true;
        pen_x_ = static_cast<double>(tx) / 1000;
    }
    codes_string(codes);
    pen_x_ += advance * size_ / 1000;
}

void PageContent::codes_string(std::u16string_view codes) {
    // Built whole, then appended once: "(", the codes' bytes (each at most
    // two escaped), ")".
    char small[256];
    std::string large;
    const std::size_t most = 4 * codes.size() + 2;
    char* const start = most <= sizeof small ? small : (large.resize(most), large.data());
    char* p = start;
    const auto put = [&p](unsigned char b) {
        switch (b) {
        case '(':
        case ')':
        case '\\':
            *p++ = '\\';
            *p++ = static_cast<char>(b);
            break;
        case '\r': // a line end in a literal string is read as \n
            *p++ = '\\';
            *p++ = 'r';
            break;
        case '\n':
            *p++ = '\\';
            *p++ = 'n';
            break;
        default:
            *p++ = static_cast<char>(b);
        }
    };
    *p++ = '(';
    for (const char16_t c : codes) {
        put(static_cast<unsigned char>(c >> 8));
        put(static_cast<unsigned char>(c & 0xFF));
    }
    *p++ = ')';
    ops_.append(start, p);
}

void PageContent::close_array() {
    if (!array_open_) return;
    ops_ += "] TJ\n";
    array_open_ = false;
}

void PageContent::end_text() {
    close_array();
    ops_ += "ET\n";
}

} // namespace thidua::pdf
