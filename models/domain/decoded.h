#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fentu {

/// The outcome of decoding untrusted JSON: a value, or a message naming the offending field
/// (e.g. "data[3].customer.name: expected a string, got a number").
template <typename T> class Decoded
{
public:
    static Decoded ok(T value) { return Decoded(std::move(value), {}); }
    static Decoded fail(QString error) { return Decoded(std::nullopt, std::move(error)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Decoded(std::optional<T> value, QString error)
        : m_value(std::move(value)), m_error(std::move(error))
    {}
    std::optional<T> m_value;
    QString m_error;
};

} // namespace fentu
