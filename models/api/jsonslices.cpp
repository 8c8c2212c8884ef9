#include "api/jsonslices.h"

namespace fentu::jsonslices {

namespace {

// Deeper nesting than any real answer; a hostile body cannot exhaust the stack.
constexpr int kMaxDepth = 512;

/// A strict recursive-descent walker over RFC 8259 JSON that only finds where values end.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_json(json) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_json[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool take(char expected)
    {
        if (peek() != expected || atEnd())
            return false;
        ++m_pos;
        return true;
    }

    /// A string starting at the current '"'; `hasEscape` says whether it held a backslash.
    bool skipString(bool *hasEscape = nullptr)
    {
        if (!take('"'))
            return false;
        bool escaped = false;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_json[m_pos++]);
            if (c == '"') {
                if (hasEscape)
                    *hasEscape = escaped;
                return true;
            }
            if (c < 0x20)
                return false; // control characters must be escaped
            if (c != '\\')
                continue;
            escaped = true;
            if (atEnd())
                return false;
            const char e = m_json[m_pos++];
            if (e == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (atEnd() || !isHex(m_json[m_pos++]))
                        return false;
                }
            } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                       e != 'r' && e != 't') {
                return false;
            }
        }
        return false; // unterminated
    }

    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return skipObject(depth + 1);
        case '[':
            return skipArray(depth + 1);
        case '"':
            return skipString();
        case 't':
            return skipLiteral("true");
        case 'f':
            return skipLiteral("false");
        case 'n':
            return skipLiteral("null");
        default:
            return skipNumber();
        }
    }

    /// An object's members: calls `member(keyStart, keyEnd, hasEscape)` with the position at
    /// the value; `member` must consume the value.
    template <typename Member> bool walkObject(Member &&member)
    {
        if (!take('{'))
            return false;
        skipWhitespace();
        if (take('}'))
            return true;
        for (;;) {
            skipWhitespace();
            const qsizetype keyStart = m_pos + 1;
            bool hasEscape = false;
            if (!skipString(&hasEscape))
                return false;
            const qsizetype keyEnd = m_pos - 1;
            skipWhitespace();
            if (!take(':'))
                return false;
            skipWhitespace();
            if (!member(m_json.sliced(keyStart, keyEnd - keyStart), hasEscape))
                return false;
            skipWhitespace();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    /// An array's elements: calls `element()` with the position at each value.
    template <typename Element> bool walkArray(Element &&element)
    {
        if (!take('['))
            return false;
        skipWhitespace();
        if (take(']'))
            return true;
        for (;;) {
            skipWhitespace();
            if (!element())
                return false;
            skipWhitespace();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

private:
    static bool isHex(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool skipObject(int depth)
    {
        return walkObject([&](QByteArrayView, bool) { return skipValue(depth); });
    }

    bool skipArray(int depth)
    {
        return walkArray([&] { return skipValue(depth); });
    }

    bool skipLiteral(QByteArrayView literal)
    {
        if (m_json.size() - m_pos < literal.size() ||
            m_json.sliced(m_pos, literal.size()) != literal)
            return false;
        m_pos += literal.size();
        return true;
    }

    /// The digits skipped; 0 when there were none.
    qsizetype skipDigits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isDigit(m_json[m_pos]))
            ++m_pos;
        return m_pos - start;
    }

    bool skipNumber()
    {
        take('-');
        if (take('0')) {
            // no leading zeros
        } else if (!skipDigits()) {
            return false;
        }
        if (take('.')) {
            // Twenty fraction digits may spell a value too small for a double (0.000…1), on
            // which parsers disagree: Qt refuses an underflow, simdjson reads 0.
            const qsizetype digits = skipDigits();
            if (digits == 0 || digits >= kMaxFractionDigits)
                return false;
        }
        if (take('e') || take('E')) {
            const bool negative = !take('+') && take('-');
            const qsizetype digits = skipDigits();
            // The same for an exponent of -100 or below (1e-400).
            if (digits == 0 || (negative && digits >= 3))
                return false;
        }
        return true;
    }

    static constexpr qsizetype kMaxFractionDigits = 20;

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<QByteArray>> arrayElements(QByteArrayView json, QByteArrayView key)
{
    Scanner in(json);
    std::optional<QList<QByteArray>> found;
    bool ambiguous = false;
    in.skipWhitespace();
    const bool wellFormed = in.walkObject([&](QByteArrayView name, bool hasEscape) {
        // An escaped spelling could name `key` too: nothing is cut from such an object.
        if (hasEscape)
            ambiguous = true;
        if (name != key)
            return in.skipValue(1);
        if (found || in.peek() != '[') {
            ambiguous = true;
            return in.skipValue(1);
        }
        found.emplace();
        return in.walkArray([&] {
            const qsizetype start = in.pos();
            if (!in.skipValue(2))
                return false;
            found->append(json.sliced(start, in.pos() - start).toByteArray());
            return true;
        });
    });
    in.skipWhitespace();
    if (!wellFormed || !in.atEnd() || ambiguous)
        return std::nullopt;
    return found;
}

} // namespace fentu::jsonslices
