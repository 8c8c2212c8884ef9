#pragma once

#include "api/apierror.h"

#include <QByteArray>

class QNetworkReply;

namespace fentu {

/// Classifies a finished reply whose body has been read: an Http error for a non-2xx status,
/// a transport error (refused, DNS, TLS, timeout, truncated...) otherwise, or Kind::None.
/// An OperationCanceledError counts as a Timeout: the client disconnects a reply before it
/// aborts it on purpose, so the only abort it ever sees is the transfer timeout's.
ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body);

} // namespace fentu
