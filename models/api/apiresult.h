#pragma once

#include "api/apierror.h"

#include <utility>
#include <variant>

namespace fentu {

/// The outcome of one API call: a value of T or an ApiError.
template <typename T> class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) {}        // NOLINT: implicit by design
    ApiResult(ApiError error) : m_state(std::move(error)) {} // NOLINT: implicit by design

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

/// For calls whose success carries nothing (DELETE).
struct NoContent
{};

} // namespace fentu
