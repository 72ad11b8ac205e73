// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/queryevaluator.h"

#include "core/routeros/apiencoder.h"

QueryEvaluator::QueryEvaluator(const QList<QByteArray>& queries, const QByteArray& proplist)
    : m_queries(queries)
    , m_wanted(proplist.isEmpty() ? QList<QByteArray>() : proplist.split(','))
{ }

QByteArrayView QueryEvaluator::fieldValue(const SimRow& row, QByteArrayView key, bool* found)
{
    for (const auto& field : row) {
        if (field.first == key) {
            *found = true;
            return field.second;
        }
    }
    *found = false;
    return {};
}

bool QueryEvaluator::matches(const SimRow& fields) const
{
    if (m_queries.isEmpty()) {
        return true;
    }
    QList<bool> stack;
    for (const QByteArray& query : m_queries) {
        if (query.startsWith('#')) {
            for (qsizetype i = 1; i < query.size(); ++i) {
                const char op = query.at(i);
                if (op == '|' || op == '&') {
                    if (stack.size() < 2) {
                        return false;
                    }
                    const bool b = stack.takeLast();
                    const bool a = stack.takeLast();
                    stack.append(op == '|' ? (a || b) : (a && b));
                } else if (op == '!') {
                    if (!stack.isEmpty()) {
                        stack.last() = !stack.last();
                    }
                } else if (op == '.') {
                    if (!stack.isEmpty()) {
                        stack.append(stack.last());
                    }
                } else if (op >= '0' && op <= '9') {
                    const int index = op - '0';
                    stack.append(index < stack.size() ? stack.at(index) : false);
                }
            }
            continue;
        }
        bool found = false;
        if (query.startsWith('-')) {
            fieldValue(fields, QByteArrayView(query).sliced(1), &found);
            stack.append(!found);
        } else if (query.startsWith('<') || query.startsWith('>')) {
            const qsizetype equals = query.indexOf('=');
            if (equals < 0) {
                stack.append(false);
                continue;
            }
            const QByteArrayView value = fieldValue(fields, QByteArrayView(query).sliced(1, equals - 1), &found);
            const QByteArray wanted = query.mid(equals + 1);
            bool numeric1 = false;
            bool numeric2 = false;
            const double a = QByteArray(value.data(), value.size()).toDouble(&numeric1);
            const double b = wanted.toDouble(&numeric2);
            int order = numeric1 && numeric2 ? (a < b ? -1 : (a > b ? 1 : 0)) : QByteArrayView(value).compare(wanted);
            stack.append(found && (query.startsWith('<') ? order < 0 : order > 0));
        } else {
            const qsizetype equals = query.indexOf('=');
            if (equals < 0) {
                fieldValue(fields, query, &found);
                stack.append(found);
            } else {
                const QByteArrayView value = fieldValue(fields, QByteArrayView(query).first(equals), &found);
                stack.append(found && value == QByteArrayView(query).sliced(equals + 1));
            }
        }
    }
    for (bool value : stack) {
        if (!value) {
            return false;
        }
    }
    return true;
}

QByteArray QueryEvaluator::encode(const SimRow& row, const QByteArray& tag) const
{
    QByteArray sentence;
    auto appendAttribute = [&sentence](QByteArrayView key, QByteArrayView value) {
        ApiEncoder::appendLength(&sentence, quint32(key.size() + value.size() + 2));
        sentence.append('=').append(key).append('=').append(value);
    };
    ApiEncoder::appendWord(&sentence, "!re");
    if (m_wanted.isEmpty()) {
        for (const auto& field : row) {
            appendAttribute(field.first, field.second);
        }
    } else {
        for (const QByteArray& key : m_wanted) {
            bool found = false;
            const QByteArrayView value = fieldValue(row, key, &found);
            if (found) {
                appendAttribute(key, value);
            }
        }
    }
    if (!tag.isNull()) {
        ApiEncoder::appendWord(&sentence, QByteArray(".tag=" + tag));
    }
    sentence.append('\0');
    return sentence;
}
