#pragma once

// Checks that text from the server is shown as exactly its characters: walks a widget tree and
// renders each label, tooltip and item tooltip the way Qt would (plain, or rich text when the
// format says so or Qt::mightBeRichText() guesses so), then compares with the hostile strings
// the test planted on the server.

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace fentu::test {

/// A server string that is also markup: a tag Qt knows first (so Qt::mightBeRichText() says
/// yes), a stray closing tag, an image, an entity, a link. `kind` (customer, technician…)
/// finds it again in a widget's raw text, escaped or not.
inline QString hostileText(const QString &kind)
{
    return QStringLiteral(
               "<b>%1</b></b>WO-999 <img src=\"probe-%1.png\"> &amp; <a href=\"x\">link</a>")
        .arg(kind);
}

inline QString probeOf(const QString &kind)
{
    return QStringLiteral("probe-%1").arg(kind);
}

/// What a person sees of `text` shown in `format`.
inline QString renderedText(const QString &text, Qt::TextFormat format)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

/// Tooltips are shown in Qt::AutoText.
inline QString renderedToolTip(const QString &tip)
{
    return renderedText(tip, Qt::AutoText);
}

class ServerTextCheck
{
public:
    explicit ServerTextCheck(QStringList kinds) : m_kinds(std::move(kinds)) {}

    /// Every label, tooltip and item tooltip in `root` and its children.
    void inspect(const QWidget *root)
    {
        QList<const QWidget *> widgets{root};
        for (const QWidget *child : root->findChildren<QWidget *>())
            widgets.append(child);
        for (const QWidget *widget : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(widget->metaObject()->className()) + u'#' +
                                  widget->objectName();
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                check(label->text(), label->textFormat(), where);
            check(widget->toolTip(), Qt::AutoText, where + QStringLiteral(" tooltip"));
            const QAbstractItemModel *model = nullptr;
            if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
                model = view->model();
            else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
                model = combo->model();
            if (!model)
                continue;
            for (int row = 0; row < qMin(model->rowCount(), 50); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    check(model->index(row, column).data(Qt::ToolTipRole).toString(), Qt::AutoText,
                          where + QStringLiteral(" item tooltip"));
                }
            }
        }
    }

    /// Places that showed something wrong: markup rendered, or an object (image) made.
    const QStringList &violations() const { return m_violations; }
    /// Whether `kind` was seen anywhere inspected (so a check cannot pass on nothing).
    bool saw(const QString &kind) const { return m_seen.contains(kind); }
    QString seenKinds() const { return QStringList(m_seen.begin(), m_seen.end()).join(u", "); }

private:
    void check(const QString &raw, Qt::TextFormat format, const QString &where)
    {
        for (const QString &kind : std::as_const(m_kinds)) {
            if (!raw.contains(probeOf(kind)))
                continue;
            m_seen.insert(kind);
            const QString shown = renderedText(raw, format);
            if (shown == raw)
                continue; // plain text: the characters as they are (elided or not)
            if (!shown.contains(hostileText(kind)) ||
                shown.contains(QChar::ObjectReplacementCharacter))
                m_violations.append(where + QStringLiteral(" renders ") + kind +
                                    QStringLiteral(" as markup: ") + raw.left(200));
        }
    }

    QStringList m_kinds;
    QSet<QString> m_seen;
    QStringList m_violations;
};

} // namespace fentu::test
