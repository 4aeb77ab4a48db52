#include "jsonsyntax.h"

#include "model/safetext.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <vector>

namespace {
constexpr QByteArrayView byteOrderMark = "\xEF\xBB\xBF";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The length of the UTF-8 sequence at `at`, or 0 if it is not one (overlong forms, surrogates
// and code points past U+10FFFF are not).
qsizetype utf8Length(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? uchar(bytes[i]) : 0; };
    const auto continuation = [&](qsizetype i, uchar low = 0x80, uchar high = 0xBF) {
        return byte(i) >= low && byte(i) <= high;
    };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(at + 1, low, high) && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(at + 1, low, high) && continuation(at + 2) && continuation(at + 3) ? 4
                                                                                               : 0;
    }
    return 0;
}

// How JSON writes a control character inside a string.
QString escapeFor(uchar c)
{
    switch (c) {
    case '\b':
        return QStringLiteral("\\b");
    case '\t':
        return QStringLiteral("\\t");
    case '\n':
        return QStringLiteral("\\n");
    case '\f':
        return QStringLiteral("\\f");
    case '\r':
        return QStringLiteral("\\r");
    default:
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
}

struct Container
{
    bool isObject = false;
    qsizetype openedAt = 0;
    QSet<QString> keys;
};

// One pass over the bytes by the grammar of RFC 8259, with an explicit stack so that deep
// nesting costs memory, not the call stack.
class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    explicit Scanner(QByteArrayView bytes) : m_bytes(bytes)
    {
        if (m_bytes.startsWith(byteOrderMark))
            m_pos = byteOrderMark.size();
    }

    std::optional<JsonSyntax::Error> run();

private:
    enum class Expect { Value, Key, AfterValue };

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    char peek() const { return m_bytes[m_pos]; }
    void skipWhitespace();
    bool value();
    bool key();
    bool afterValue(Expect &next);
    bool string(QString *decoded);
    bool escape(QString *decoded);
    bool number();
    bool literal();
    bool fail(qsizetype at, const QString &message);
    QString found(qsizetype at) const;
    QString token(qsizetype at) const;
    QString opened(const Container &container) const;

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    std::vector<Container> m_stack;
    std::optional<JsonSyntax::Error> m_error;
};

void Scanner::skipWhitespace()
{
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
        ++m_pos;
}

bool Scanner::fail(qsizetype at, const QString &message)
{
    m_error = JsonSyntax::locate(m_bytes, at, message);
    return false;
}

// What is at `at`, for "expected ... but found ...".
QString Scanner::found(qsizetype at) const
{
    if (at >= m_bytes.size())
        return tr("the end of the file");
    const char c = m_bytes[at];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return token(at);
    const qsizetype length = utf8Length(m_bytes, at);
    if (length == 0)
        return tr("a byte that is not UTF-8 (save the file as UTF-8)");
    const QString character = QString::fromUtf8(m_bytes.sliced(at, length));
    const char32_t code = character.toUcs4().value(0);
    if (SafeText::isUnsafe(code) || code == U' ')
        return tr("the character %1").arg(SafeText::codePoint(code));
    if (character == QLatin1String("'"))
        return tr("\"'\" (strings are in double quotes)");
    return QLatin1Char('\'') + character + QLatin1Char('\'');
}

// The word or number that starts at `at`, quoted and cut short.
QString Scanner::token(qsizetype at) const
{
    qsizetype end = at;
    while (end < m_bytes.size()) {
        const char c = m_bytes[end];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' ||
              c == '+' || c == '-' || c == '_'))
            break;
        ++end;
    }
    return SafeText::quoted(
        QString::fromLatin1(m_bytes.sliced(at, std::max(end - at, qsizetype(1)))));
}

QString Scanner::opened(const Container &container) const
{
    const JsonSyntax::Error where = JsonSyntax::locate(m_bytes, container.openedAt, QString());
    return (container.isObject ? tr("the object opened on line %1, column %2")
                               : tr("the array opened on line %1, column %2"))
        .arg(where.line)
        .arg(where.column);
}

std::optional<JsonSyntax::Error> Scanner::run()
{
    Expect expect = Expect::Value;
    for (;;) {
        skipWhitespace();
        bool ok = true;
        switch (expect) {
        case Expect::Value:
            if (!atEnd() && (peek() == '{' || peek() == '[')) {
                const bool isObject = peek() == '{';
                m_stack.push_back({isObject, m_pos, {}});
                ++m_pos;
                skipWhitespace();
                if (!atEnd() && peek() == (isObject ? '}' : ']')) {
                    ++m_pos;
                    m_stack.pop_back();
                    expect = Expect::AfterValue;
                } else {
                    expect = isObject ? Expect::Key : Expect::Value;
                }
                continue;
            }
            ok = value();
            expect = Expect::AfterValue;
            break;
        case Expect::Key:
            ok = key();
            expect = Expect::Value;
            break;
        case Expect::AfterValue:
            if (m_stack.empty()) {
                if (!atEnd())
                    fail(m_pos, tr("the file must end after its one value, but %1 follows")
                                    .arg(found(m_pos)));
                return m_error;
            }
            ok = afterValue(expect);
            break;
        }
        if (!ok)
            return m_error;
    }
}

bool Scanner::value()
{
    if (atEnd()) {
        if (m_stack.empty())
            return fail(m_pos, tr("the file holds no value"));
        return fail(
            m_pos,
            tr("the file ends where a value belongs, inside %1").arg(opened(m_stack.back())));
    }
    const char c = peek();
    if (c == '"')
        return string(nullptr);
    if (c == '-' || c == '+' || c == '.' || isDigit(c))
        return number();
    if (c == 't' || c == 'f' || c == 'n')
        return literal();
    return fail(m_pos, tr("expected a value (a string in double quotes, a number, an object, an "
                          "array, true, false or null) but found %1")
                           .arg(found(m_pos)));
}

bool Scanner::key()
{
    if (atEnd())
        return fail(m_pos, tr("the file ends inside %1").arg(opened(m_stack.back())));
    if (peek() != '"')
        return fail(m_pos, tr("expected a key in double quotes but found %1").arg(found(m_pos)));
    const qsizetype at = m_pos;
    QString name;
    if (!string(&name))
        return false;
    // QJsonDocument would keep only the last of two values with one key: say so instead.
    QSet<QString> &keys = m_stack.back().keys;
    if (keys.contains(name))
        return fail(at, tr("the key %1 appears twice in this object").arg(SafeText::quoted(name)));
    keys.insert(name);
    skipWhitespace();
    if (atEnd() || peek() != ':')
        return fail(m_pos, tr("expected a colon after the key %1 but found %2")
                               .arg(SafeText::quoted(name), found(m_pos)));
    ++m_pos;
    return true;
}

bool Scanner::afterValue(Expect &next)
{
    const Container &top = m_stack.back();
    const char close = top.isObject ? '}' : ']';
    const QString closeText(QLatin1Char{close});
    if (atEnd())
        return fail(m_pos,
                    tr("the file ends before %1 is closed with %2").arg(opened(top), closeText));
    if (peek() == close) {
        ++m_pos;
        m_stack.pop_back();
        next = Expect::AfterValue;
        return true;
    }
    if (peek() != ',')
        return fail(m_pos, (top.isObject ? tr("expected a comma or %1 after a value in an object "
                                              "but found %2")
                                         : tr("expected a comma or %1 after an element of an "
                                              "array but found %2"))
                               .arg(closeText, found(m_pos)));
    const qsizetype comma = m_pos++;
    skipWhitespace();
    if (!atEnd() && peek() == close)
        return fail(comma, (top.isObject ? tr("a comma must be followed by another key; remove "
                                              "the comma before %1")
                                         : tr("a comma must be followed by another value; "
                                              "remove the comma before %1"))
                               .arg(closeText));
    next = top.isObject ? Expect::Key : Expect::Value;
    return true;
}

bool Scanner::string(QString *decoded)
{
    const qsizetype openedAt = m_pos++;
    qsizetype run = m_pos; // start of the text not yet added to `decoded`
    const auto flush = [&] {
        if (decoded && m_pos > run)
            decoded->append(QString::fromUtf8(m_bytes.sliced(run, m_pos - run)));
    };
    for (;;) {
        // Plain ASCII is by far the most common; step over it at once.
        while (!atEnd() && uchar(peek()) >= 0x20 && uchar(peek()) < 0x80 && peek() != '"' &&
               peek() != '\\')
            ++m_pos;
        if (atEnd())
            return fail(openedAt, tr("the string that starts here is never closed"));
        const auto c = uchar(peek());
        if (c == '"') {
            flush();
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            flush();
            if (!escape(decoded))
                return false;
            run = m_pos;
            continue;
        }
        if (c < 0x20)
            // JSON has escapes for these so that a string is all visible text.
            return fail(m_pos, tr("a string cannot hold the control character %1 as it is; "
                                  "write it as %2")
                                   .arg(SafeText::codePoint(c), escapeFor(c)));
        const qsizetype length = utf8Length(m_bytes, m_pos);
        if (length == 0)
            return fail(m_pos, tr("the text is not valid UTF-8; save the file as UTF-8"));
        m_pos += length;
    }
}

bool Scanner::escape(QString *decoded)
{
    const qsizetype at = m_pos++; // the backslash
    if (atEnd())
        return true; // the string's "never closed" says it
    const char c = peek();
    const auto add = [decoded](QChar ch) {
        if (decoded)
            decoded->append(ch);
    };
    switch (c) {
    case '"':
    case '\\':
    case '/':
        add(QLatin1Char(c));
        ++m_pos;
        return true;
    case 'b':
        add(QLatin1Char('\b'));
        ++m_pos;
        return true;
    case 'f':
        add(QLatin1Char('\f'));
        ++m_pos;
        return true;
    case 'n':
        add(QLatin1Char('\n'));
        ++m_pos;
        return true;
    case 'r':
        add(QLatin1Char('\r'));
        ++m_pos;
        return true;
    case 't':
        add(QLatin1Char('\t'));
        ++m_pos;
        return true;
    case 'u':
        break;
    default: {
        const bool printable = c > 0x20 && c < 0x7F;
        if (printable)
            return fail(at, tr("'\\%1' is not an escape: the escapes are \\\" \\\\ \\/ \\b \\f \\n "
                               "\\r \\t and \\u followed by four hex digits")
                                .arg(QLatin1Char(c)));
        return fail(at, tr("a backslash followed by %1 is not an escape: the escapes are \\\" "
                           "\\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits")
                            .arg(found(m_pos)));
    }
    }
    const auto hex = [this](qsizetype from) -> std::optional<char16_t> {
        if (from + 4 > m_bytes.size())
            return std::nullopt;
        for (qsizetype i = from; i < from + 4; ++i) {
            if (!isHexDigit(m_bytes[i]))
                return std::nullopt;
        }
        return char16_t(QByteArray(m_bytes.sliced(from, 4).data(), 4).toUShort(nullptr, 16));
    };
    const auto code = hex(m_pos + 1);
    if (!code)
        return fail(at, tr("\\u must be followed by four hex digits, as in \\u00e9"));
    m_pos += 5;
    const QString written = QStringLiteral("\\u%1").arg(uint(*code), 4, 16, QLatin1Char('0'));
    if (QChar::isLowSurrogate(*code))
        return fail(at, tr("%1 is the second half of a character and must follow a first half "
                           "(\\ud800 to \\udbff)")
                            .arg(written));
    if (!QChar::isHighSurrogate(*code)) {
        add(QChar(*code));
        return true;
    }
    const bool pairEscape =
        m_pos + 1 < m_bytes.size() && m_bytes[m_pos] == '\\' && m_bytes[m_pos + 1] == 'u';
    const auto low = pairEscape ? hex(m_pos + 2) : std::nullopt;
    if (!low || !QChar::isLowSurrogate(*low))
        return fail(at, tr("%1 is the first half of a character and must be followed by its "
                           "second half (\\udc00 to \\udfff)")
                            .arg(written));
    m_pos += 6;
    add(QChar(*code));
    add(QChar(*low));
    return true;
}

bool Scanner::number()
{
    const qsizetype start = m_pos;
    const auto notANumber = [&](const char *why) {
        return fail(start, tr("%1 is not a number: %2").arg(token(start), tr(why)));
    };
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        return m_pos > from;
    };
    if (peek() == '+')
        return notANumber(QT_TRANSLATE_NOOP("JsonSyntax", "leave out the +"));
    if (peek() == '.')
        return notANumber(
            QT_TRANSLATE_NOOP("JsonSyntax", "write a digit before the decimal point, as in 0.5"));
    if (peek() == '-')
        ++m_pos;
    if (atEnd() || !isDigit(peek()))
        return notANumber(
            QT_TRANSLATE_NOOP("JsonSyntax", "a minus sign must be followed by digits"));
    if (peek() == '0') {
        ++m_pos;
        if (!atEnd() && isDigit(peek()))
            return notANumber(
                QT_TRANSLATE_NOOP("JsonSyntax", "only 0 itself starts with 0 (write 1, not 01)"));
    } else {
        digits();
    }
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (!digits())
            return notANumber(QT_TRANSLATE_NOOP(
                "JsonSyntax", "a decimal point must be followed by digits, as in 5.0"));
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (!digits())
            return notANumber(
                QT_TRANSLATE_NOOP("JsonSyntax", "an exponent must be digits, as in 1e9"));
    }
    bool ok = false;
    const double value = m_bytes.sliced(start, m_pos - start).toByteArray().toDouble(&ok);
    if (!ok || std::isinf(value))
        return notANumber(
            QT_TRANSLATE_NOOP("JsonSyntax", "it is too large for any reader to hold"));
    return true;
}

bool Scanner::literal()
{
    for (const QByteArrayView word :
         {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
        if (m_bytes.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
    }
    return fail(m_pos, tr("expected a value (a string in double quotes, a number, an object, an "
                          "array, true, false or null) but found %1")
                           .arg(found(m_pos)));
}
} // namespace

std::optional<JsonSyntax::Error> JsonSyntax::check(QByteArrayView bytes)
{
    return Scanner(bytes).run();
}

JsonSyntax::Error JsonSyntax::locate(QByteArrayView bytes, qsizetype offset, const QString &message)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    const QByteArrayView before = bytes.first(offset);
    Error error;
    error.line = 1 + int(before.count('\n'));
    qsizetype lineStart = before.lastIndexOf('\n') + 1;
    if (lineStart == 0 && bytes.startsWith(byteOrderMark))
        lineStart = std::min(byteOrderMark.size(), offset);
    // Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(bytes[i]) & 0xC0) != 0x80)
            ++column;
    }
    error.column = column;
    error.message = message;
    return error;
}
