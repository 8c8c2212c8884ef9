#pragma once

#include <QObject>

namespace fentu {

/// A handle on one asynchronous API call, for cancelling it. Owned by the client and deleted
/// after the call completes; hold it in a QPointer. cancel() completes the call with a
/// Cancelled error, delivered to the callback asynchronously (never from inside cancel()).
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;

signals:
    void finished();
};

} // namespace fentu
