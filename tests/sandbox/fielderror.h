#pragma once

#include <QList>
#include <QString>

namespace fentu::sandbox {

/// One entry of an error body's `details`: which field is wrong and why.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace fentu::sandbox
