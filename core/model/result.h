#pragma once

#include <QString>

#include <utility>
#include <variant>

// What went wrong, in a sentence a user can act on. `kind` lets the faces choose an exit code
// or a dialog without parsing the message.
struct Error
{
    enum class Kind {
        InvalidData, // the input is wrong; nothing was written
        Unusable,    // the database cannot be used: missing, corrupt, locked, foreign, newer
        ReadOnly,    // the database can be read but not changed (the file or its folder)
        NotFound,    // no such event, company or person
        Io,          // a file could not be read or written
        Conflict,    // someone else changed it since it was read; nothing was written
    };
    Kind kind = Kind::InvalidData;
    QString message;
};

// A value or an Error, in the spirit of std::expected (C++23).
template <typename T> class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    // On a temporary, hand the value over: `for (auto &x : *repo.companies())` must not dangle.
    T value() && { return std::move(std::get<T>(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{};
using Status = Result<Done>;

inline Error unusable(const QString &message)
{
    return {Error::Kind::Unusable, message};
}

inline Error invalidData(const QString &message)
{
    return {Error::Kind::InvalidData, message};
}
