#include "views/viewstore.h"

#include "views/viewjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fentu {

ViewStore::ViewStore(const QUrl &server)
    : m_server(server.adjusted(QUrl::StripTrailingSlash)),
      m_settings(u"Fentu"_s, u"Fentu Desk"_s) // beside AppSettings, whatever the program's name
{
    // A settings group per server. The URL is encoded, as '/' and ':' mean groups and
    // separators to QSettings.
    const QByteArray name = m_server.toEncoded().toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals);
    m_group = u"views/"_s + QString::fromLatin1(name.isEmpty() ? "none" : name);
}

QString ViewStore::key(const char *name) const
{
    return m_group + u'/' + QLatin1StringView(name);
}

QList<SavedView> ViewStore::views() const
{
    return viewjson::listFromJson(m_settings.value(key("list")).toString().toUtf8());
}

void ViewStore::setViews(const QList<SavedView> &views)
{
    // Entries this version cannot read (a newer version's views) stay, after the others.
    QJsonArray unreadable;
    viewjson::listFromJson(m_settings.value(key("list")).toString().toUtf8(), &unreadable);
    // One JSON text: the list's order and every field in one value, readable in the file.
    m_settings.setValue(key("list"), QString::fromUtf8(viewjson::listToJson(views, unreadable)));
}

QString ViewStore::lastViewId() const
{
    return m_settings.value(key("last")).toString();
}

void ViewStore::setLastViewId(const QString &id)
{
    if (id.isEmpty())
        m_settings.remove(key("last"));
    else
        m_settings.setValue(key("last"), id);
}

bool ViewStore::isStarted() const
{
    return m_settings.value(key("started"), false).toBool();
}

void ViewStore::markStarted()
{
    m_settings.setValue(key("started"), true);
}

void ViewStore::sync()
{
    m_settings.sync();
}

} // namespace fentu
