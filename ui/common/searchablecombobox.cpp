#include "searchablecombobox.h"

#include "servertext.h"

#include "itemmodels/namechoicemodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace fentu {

SearchableComboBox::SearchableComboBox(QWidget *parent) : SearchableComboBox(nullptr, parent) {}

SearchableComboBox::SearchableComboBox(NameChoiceModel *choices, QWidget *parent)
    : QComboBox(parent), m_choices(choices)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typing searches; it never invents an entry
    if (choices)
        setModel(choices); // the completer follows: QComboBox gives it the model too
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    // Any part of the name matches ("corp" finds "Acme Corp"), as a dispatcher searches.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentIndexChanged, this, &SearchableComboBox::emitIfChanged);
    connect(this, &QComboBox::editTextChanged, this, &SearchableComboBox::emitIfChanged);
    if (!typedTextSearchesOnly())
        return;

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &SearchableComboBox::matchTypedText);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    lineEdit()->setClearButtonEnabled(true);
    // "Any customer" is the empty field's placeholder: the user types over nothing.
    lineEdit()->setPlaceholderText(itemText(0));
    restoreText();
}

void SearchableComboBox::setNoneText(const QString &text)
{
    Q_ASSERT(!m_choices);
    const QString id = currentId();
    if (!m_noneText.isEmpty() && count() > 0 && itemData(0).toString().isEmpty())
        removeItem(0);
    m_noneText = text;
    if (!text.isEmpty())
        insertItem(0, text, QString());
    setCurrentId(id);
}

void SearchableComboBox::setEntries(const QList<Entry> &entries)
{
    Q_ASSERT(!m_choices);
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

void SearchableComboBox::addEntry(const Entry &entry)
{
    const QString text = entry.name.isEmpty() ? entry.id : entry.name;
    addItem(text, entry.id);
    if (!entry.hint.isEmpty())
        setItemData(count() - 1, plainToolTip(entry.hint), Qt::ToolTipRole);
}

void SearchableComboBox::setCurrentId(const QString &id, const QString &name)
{
    int index = findData(id);
    if (index < 0 && typedTextSearchesOnly())
        index = 0; // shared choices are not ours to add to: "any"
    else if (index < 0 && !id.isEmpty()) {
        addEntry({id, name, {}});
        index = count() - 1;
    }
    // Without a "none" entry an empty id is index -1: an empty field.
    setCurrentIndex(index);
    restoreText();
    emitIfChanged();
}

QString SearchableComboBox::currentId() const
{
    const int index = currentIndex();
    // With an own list the text is the value: the user may have typed a name without picking
    // it from the list, or typed over the selection; only a name that matches an entry
    // exactly counts.
    if (!typedTextSearchesOnly() && lineEdit() &&
        (index < 0 || lineEdit()->text() != itemText(index))) {
        const int typed = findText(lineEdit()->text().trimmed(), Qt::MatchFixedString);
        return typed >= 0 ? itemData(typed).toString() : QString();
    }
    return index < 0 ? QString() : itemData(index).toString();
}

QString SearchableComboBox::currentName() const
{
    const int index = currentIndex();
    return index < 0 || itemData(index).toString().isEmpty() ? QString() : itemText(index);
}

bool SearchableComboBox::hasUnmatchedText() const
{
    const QString text = currentText().trimmed();
    return !text.isEmpty() && findText(text, Qt::MatchFixedString) < 0;
}

void SearchableComboBox::matchTypedText()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed.isEmpty()) {
        // Clearing the field (its clear button, or deleting the text) means "any".
        setCurrentIndex(0);
        return;
    }
    int match = -1;
    for (int row = 1; row < count(); ++row) {
        if (itemText(row).compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        if (match >= 0)
            return; // two entries share the name: let the user pick one from the list
        match = row;
    }
    if (match >= 0)
        setCurrentIndex(match);
}

QString SearchableComboBox::shownText(int index) const
{
    // Over shared choices "any" is the empty field under its placeholder; an own list's
    // "none" entry ("Unassigned") is a choice of its own and stays written.
    if (index < 0 || (typedTextSearchesOnly() && itemData(index).toString().isEmpty()))
        return {};
    return itemText(index);
}

void SearchableComboBox::restoreText()
{
    const QString shown = shownText(currentIndex());
    if (lineEdit() && lineEdit()->text() != shown)
        setEditText(shown);
}

void SearchableComboBox::emitIfChanged()
{
    // Names arriving from a lookup shift the current row without changing the choice; the
    // user may be typing right then, so the field is left alone.
    const QString id = currentId();
    if (id == m_lastId)
        return;
    m_lastId = id;
    if (typedTextSearchesOnly()) {
        m_typing.stop();
        restoreText();
    }
    emit currentIdChanged(id);
}

void SearchableComboBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // An own list keeps unmatched text for Save to point out.
    if (!typedTextSearchesOnly())
        return;
    // Focus moving into the completion popup is not leaving the field.
    if (completer() && completer()->popup() && completer()->popup()->isVisible())
        return;
    if (m_typing.isActive()) {
        m_typing.stop();
        matchTypedText();
    }
    restoreText();
}

} // namespace fentu
