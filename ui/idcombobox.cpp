#include "idcombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace fentu {

IdComboBox::IdComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typing searches; it never invents an entry
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    // Any part of the name matches ("corp" finds "Acme Corp"), as a dispatcher searches.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentIndexChanged, this, &IdComboBox::emitIfChanged);
    connect(this, &QComboBox::editTextChanged, this, &IdComboBox::emitIfChanged);
}

void IdComboBox::setNoneText(const QString &text)
{
    const QString id = currentId();
    if (!m_noneText.isEmpty() && count() > 0 && itemData(0).toString().isEmpty())
        removeItem(0);
    m_noneText = text;
    if (!text.isEmpty())
        insertItem(0, text, QString());
    setCurrentId(id);
}

void IdComboBox::setEntries(const QList<Entry> &entries)
{
    const QString keep = currentId();
    const QString keepName = keep.isEmpty() ? QString() : currentText();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_noneText.isEmpty())
        addItem(m_noneText, QString());
    for (const Entry &entry : entries)
        addEntry(entry);
    setCurrentId(keep, keepName);
}

void IdComboBox::addEntry(const Entry &entry)
{
    const QString text = entry.name.isEmpty() ? entry.id : entry.name;
    addItem(text, entry.id);
    if (!entry.hint.isEmpty())
        setItemData(count() - 1, entry.hint, Qt::ToolTipRole);
}

void IdComboBox::setCurrentId(const QString &id, const QString &name)
{
    int index = findData(id);
    if (index < 0 && id.isEmpty()) {
        // No "none" entry: an empty selection is an empty text.
        setCurrentIndex(-1);
        setEditText(QString());
        emitIfChanged();
        return;
    }
    if (index < 0) {
        addEntry({id, name, {}});
        index = count() - 1;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
    emitIfChanged();
}

QString IdComboBox::currentId() const
{
    const int index = currentIndex();
    // The user may have typed a name without picking it from the list, or typed over the
    // selection: only a name that matches an entry exactly counts.
    if (lineEdit() && (index < 0 || lineEdit()->text() != itemText(index))) {
        const int typed = findText(lineEdit()->text().trimmed(), Qt::MatchFixedString);
        return typed >= 0 ? itemData(typed).toString() : QString();
    }
    return index < 0 ? QString() : itemData(index).toString();
}

bool IdComboBox::hasUnmatchedText() const
{
    const QString text = currentText().trimmed();
    return !text.isEmpty() && findText(text, Qt::MatchFixedString) < 0;
}

void IdComboBox::emitIfChanged()
{
    const QString id = currentId();
    if (id == m_lastId)
        return;
    m_lastId = id;
    emit currentIdChanged(id);
}

} // namespace fentu
