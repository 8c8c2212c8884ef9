#pragma once

#include "views/savedview.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace fentu {

/// The saved views of one server, on this computer (in the user's settings, beside
/// AppSettings): customers, technicians and statuses are the server's, so are the views.
class ViewStore
{
public:
    /// The views of `server` (its base URL; an empty URL has views of its own too).
    explicit ViewStore(const QUrl &server);
    ViewStore(const ViewStore &) = delete;
    ViewStore &operator=(const ViewStore &) = delete;

    QUrl server() const { return m_server; }

    /// In the order the user sees them (Ctrl+1 is the first).
    QList<SavedView> views() const;
    void setViews(const QList<SavedView> &views);

    /// The id of the view the window showed last, unless the user changed it by hand since;
    /// empty for none.
    QString lastViewId() const;
    void setLastViewId(const QString &id);

    /// False until this server was opened once with views: the first start gets the
    /// built-in view, and a user who deletes every view does not get it back.
    bool isStarted() const;
    void markStarted();

    /// Writes pending changes to disk now.
    void sync();

private:
    QString key(const char *name) const;

    QUrl m_server;
    QSettings m_settings;
    QString m_group;
};

} // namespace fentu
