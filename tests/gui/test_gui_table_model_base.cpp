// ColumnTableModel and RowVectorTableModel (src/gui/common/column_table_model.h) on two small
// models written here: every header, role and alignment the column table gives, the roles it
// leaves to extraData, an editable column, resets and same-shape updates, and
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <iterator>
#include <vector>

#include "gui/common/column_table_model.h"

using crm::gui::ColumnTableModel;
using crm::gui::RowVectorTableModel;

namespace {

struct Fruit {
    QString name;
    int count = 0;
    bool ripe = false;
};

// Rows kept by the base; a heading that follows the model's state; every optional role.
class FruitModel : public RowVectorTableModel<FruitModel, Fruit> {
    Q_OBJECT
  public:
    enum Column { Name, Count, Ripe, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 7;
    static constexpr int NameRole = Qt::UserRole + 8;

    explicit FruitModel(QObject* parent = nullptr)
        : RowVectorTableModel(columnTable(), parent, SortRole) {}
    void setFruit(std::vector<Fruit> fruit) { setRows(std::move(fruit)); }
    void updateFruit(std::vector<Fruit> fruit) { updateRows(std::move(fruit)); }
    void setUnit(const QString& unit) { unit_ = unit; }

  private:
    static ColumnTable columnTable() {
        using R = const Fruit&;
        static const ColumnSpec columns[] = {
            {.header = QT_TR_NOOP("Fruit"),
             .headerToolTip = QT_TR_NOOP("What grows"),
             .alignment = Qt::AlignLeft | Qt::AlignVCenter,
             .display = [](const FruitModel&, R f) -> QVariant { return f.name; },
             .sortKey = [](const FruitModel&, R f) -> QVariant { return f.name.toLower(); }},
            {.headerOf = [](const FruitModel& m) { return tr("Count (%1)").arg(m.unit_); },
             .alignment = Qt::AlignRight | Qt::AlignVCenter,
             .display = [](const FruitModel&, R f) -> QVariant { return QString::number(f.count); },
             .toolTip = [](const FruitModel& m, R f) -> QVariant {
                 return tr("%1 %2").arg(f.count).arg(m.unit_);
             },
             .sortKey = [](const FruitModel&, R f) -> QVariant { return f.count; },
             .foreground = [](const FruitModel&, R f) -> QVariant {
                 return f.count == 0 ? QBrush(Qt::red) : QVariant();
             },
             .edit = [](FruitModel& m, R f, const QVariant& value) { return m.setCount(f, value); },
             .editable = [](const FruitModel&, R f) { return !f.ripe; }},
            {.header = QT_TR_NOOP("Ripe"),
             .display = [](const FruitModel&, R f) -> QVariant {
                 return f.ripe ? tr("yes") : tr("no");
             },
             .background = [](const FruitModel&, R f) -> QVariant {
                 return f.ripe ? QBrush(Qt::yellow) : QVariant();
             },
             .font = [](const FruitModel&, R f) -> QVariant {
                 QFont font;
                 font.setBold(f.ripe);
                 return font;
             }},
        };
        static_assert(std::size(columns) == ColumnCount);
        return columns;
    }
    // A count of 0 or more; the edit rebuilds the rows, as the window's models do.
    bool setCount(const Fruit& f, const QVariant& value) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 0) return false;
        std::vector<Fruit> fruit = rows();
        fruit[static_cast<std::size_t>(&f - rows().data())].count = count;
        updateRows(std::move(fruit));
        return true;
    }
    QVariant extraData(const Fruit& f, int column, int role) const override {
        if (role == NameRole) return f.name;
        if (role == Qt::ToolTipRole) return QStringLiteral("column %1").arg(column);
        return {};
    }

    QString unit_ = QStringLiteral("pieces");
};

// Rows the model computes: a row reaches the value functions as a number.
class SquaresModel : public ColumnTableModel<SquaresModel, int> {
    Q_OBJECT
  public:
    explicit SquaresModel(int rows, QObject* parent = nullptr)
        : ColumnTableModel(columnTable(), parent), rows_(rows) {}

  private:
    static ColumnTable columnTable() {
        static const ColumnSpec columns[] = {
            {.header = QT_TR_NOOP("n"),
             .display = [](const SquaresModel&, int n) -> QVariant { return n; }},
            {.header = QT_TR_NOOP("n²"),
             .display = [](const SquaresModel&, int n) -> QVariant { return n * n; }},
        };
        return columns;
    }
    int numberOfRows() const override { return rows_; }
    int rowAt(int row) const override { return row + 1; }

    int rows_;
};

std::vector<Fruit> someFruit() {
    return {{QStringLiteral("Apple"), 3, true},
            {QStringLiteral("Quince"), 0, false},
            {QStringLiteral("banana"), 12, true}};
}

}  // namespace

class GuiTableModelBaseTest : public QObject {
    Q_OBJECT
  private slots:
    void countsRowsAndColumnsOfTheTableOnly();
    void headersComeFromTheColumnTable();
    void cellsAnswerTheRolesTheirColumnHas();
    void otherRolesGoToExtraData();
    void onlyColumnsWithAnEditTakeEdits();
    void setRowsResetsAndUpdateRowsKeepsTheShape();
    void rowsCanBeHandlesTheModelComputes();
    void passesTheModelTester();
};

void GuiTableModelBaseTest::countsRowsAndColumnsOfTheTableOnly() {
    FruitModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    model.setFruit(someFruit());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    // A table: no children under a cell.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(!model.index(0, 3).isValid());
    QCOMPARE(model.data(QModelIndex()), QVariant());
}

void GuiTableModelBaseTest::headersComeFromTheColumnTable() {
    FruitModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Fruit"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Count (pieces)"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Ripe"));
    model.setUnit(QStringLiteral("kg"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Count (kg)"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("What grows"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole), QVariant());
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::FontRole), QVariant());
    // Nothing out of range, nothing on the vertical header (not even QAbstractItemModel's
    // row numbers).
    QCOMPARE(model.headerData(3, Qt::Horizontal), QVariant());
    QCOMPARE(model.headerData(-1, Qt::Horizontal), QVariant());
    model.setFruit(someFruit());
    QCOMPARE(model.headerData(0, Qt::Vertical), QVariant());
}

void GuiTableModelBaseTest::cellsAnswerTheRolesTheirColumnHas() {
    FruitModel model;
    model.setFruit(someFruit());
    const auto cell = [&](int row, int column, int role) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, FruitModel::Name, Qt::DisplayRole).toString(), QStringLiteral("Apple"));
    QCOMPARE(cell(2, FruitModel::Count, Qt::DisplayRole).toString(), QStringLiteral("12"));
    QCOMPARE(cell(1, FruitModel::Ripe, Qt::DisplayRole).toString(), QStringLiteral("no"));
    QCOMPARE(cell(0, FruitModel::Name, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignLeft | Qt::AlignVCenter);
    QCOMPARE(cell(0, FruitModel::Count, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(cell(0, FruitModel::Ripe, Qt::TextAlignmentRole), QVariant());
    QCOMPARE(cell(2, FruitModel::Name, FruitModel::SortRole).toString(), QStringLiteral("banana"));
    QCOMPARE(cell(2, FruitModel::Count, FruitModel::SortRole).toInt(), 12);
    QCOMPARE(cell(2, FruitModel::Ripe, FruitModel::SortRole), QVariant());  // no sort key there
    QCOMPARE(cell(2, FruitModel::Count, Qt::ToolTipRole).toString(), QStringLiteral("12 pieces"));
    QCOMPARE(cell(1, FruitModel::Count, Qt::ForegroundRole).value<QBrush>().color(),
             QColor(Qt::red));
    QCOMPARE(cell(0, FruitModel::Count, Qt::ForegroundRole), QVariant());
    QCOMPARE(cell(0, FruitModel::Ripe, Qt::BackgroundRole).value<QBrush>().color(),
             QColor(Qt::yellow));
    QCOMPARE(cell(1, FruitModel::Ripe, Qt::BackgroundRole), QVariant());
    QCOMPARE(cell(0, FruitModel::Ripe, Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(cell(1, FruitModel::Ripe, Qt::FontRole).value<QFont>().bold(), false);
}

void GuiTableModelBaseTest::otherRolesGoToExtraData() {
    FruitModel model;
    model.setFruit(someFruit());
    // The model's own role, in every column.
    QCOMPARE(model.index(1, FruitModel::Ripe).data(FruitModel::NameRole).toString(),
             QStringLiteral("Quince"));
    // A column without a tooltip function leaves the tooltip to extraData too.
    QCOMPARE(model.index(1, FruitModel::Name).data(Qt::ToolTipRole).toString(),
             QStringLiteral("column 0"));
    QCOMPARE(model.index(1, FruitModel::Ripe).data(Qt::ToolTipRole).toString(),
             QStringLiteral("column 2"));
    // Nobody answers these.
    QCOMPARE(model.index(1, FruitModel::Name).data(Qt::EditRole), QVariant());
    QCOMPARE(model.index(1, FruitModel::Name).data(Qt::DecorationRole), QVariant());
}

void GuiTableModelBaseTest::onlyColumnsWithAnEditTakeEdits() {
    FruitModel model;
    model.setFruit(someFruit());
    const Qt::ItemFlags readOnly =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    QCOMPARE(model.flags(model.index(1, FruitModel::Name)), readOnly);
    QCOMPARE(model.flags(model.index(1, FruitModel::Count)), readOnly | Qt::ItemIsEditable);
    // Apple is ripe: its count is fixed.
    QCOMPARE(model.flags(model.index(0, FruitModel::Count)), readOnly);
    QCOMPARE(model.flags(QModelIndex()), Qt::ItemFlags());

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, FruitModel::Count), 5));
    QCOMPARE(model.index(1, FruitModel::Count).data().toString(), QStringLiteral("5"));
    QCOMPARE(changes.size(), 1);
    QVERIFY(!model.setData(model.index(1, FruitModel::Count), -1));     // the edit says no
    QVERIFY(!model.setData(model.index(0, FruitModel::Count), 7));      // not editable there
    QVERIFY(!model.setData(model.index(1, FruitModel::Name), "Pear"));  // no edit function
    QVERIFY(!model.setData(model.index(1, FruitModel::Count), 6, Qt::DisplayRole));
    QCOMPARE(model.index(0, FruitModel::Count).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, FruitModel::Count).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(1, FruitModel::Name).data().toString(), QStringLiteral("Quince"));
    QCOMPARE(changes.size(), 1);
}

void GuiTableModelBaseTest::setRowsResetsAndUpdateRowsKeepsTheShape() {
    FruitModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setFruit(someFruit());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 0);

    std::vector<Fruit> riper = someFruit();
    riper[1].ripe = true;
    model.updateFruit(riper);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0][0].value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changes[0][1].value<QModelIndex>(), model.index(2, 2));
    QCOMPARE(model.index(1, FruitModel::Ripe).data().toString(), QStringLiteral("yes"));

    model.updateFruit({});  // nothing to announce for no rows
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void GuiTableModelBaseTest::rowsCanBeHandlesTheModelComputes() {
    SquaresModel model(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("n²"));
    QCOMPARE(model.index(0, 0).data().toInt(), 1);
    QCOMPARE(model.index(3, 1).data().toInt(), 16);
    QCOMPARE(model.index(3, 1).data(Qt::TextAlignmentRole), QVariant());
    QCOMPARE(model.index(3, 1).data(Qt::ToolTipRole), QVariant());
}

void GuiTableModelBaseTest::passesTheModelTester() {
    FruitModel fruit;
    QAbstractItemModelTester fruitTester(&fruit,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    fruit.setFruit(someFruit());
    fruit.updateFruit(someFruit());
    fruit.setFruit({});
    fruit.setFruit(someFruit());
    QVERIFY(fruit.setData(fruit.index(1, FruitModel::Count), 4));
    SquaresModel squares(5);
    QAbstractItemModelTester squaresTester(&squares,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
}

QTEST_MAIN(GuiTableModelBaseTest)
#include "test_gui_table_model_base.moc"
