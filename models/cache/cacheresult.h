#pragma once

#include "cache/cacheerror.h"

#include <utility>
#include <variant>

namespace fentu {

/// For cache operations whose success carries nothing.
struct CacheDone
{};

/// The outcome of one cache operation: a value of T or a CacheError.
template <typename T> class CacheResult
{
public:
    CacheResult(T value) : m_state(std::move(value)) {}          // NOLINT: implicit by design
    CacheResult(CacheError error) : m_state(std::move(error)) {} // NOLINT: implicit by design

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const CacheError &error() const { return std::get<CacheError>(m_state); }

private:
    std::variant<T, CacheError> m_state;
};

} // namespace fentu
