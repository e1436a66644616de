package org.bianzhi.reports.infrastructure;

import org.bianzhi.testdb.TestDb;

/** {@link ReportQueries} over the test's transaction: the reports' SQL is what is under test. */
final class ReportQueriesOver {

    private ReportQueriesOver() {
    }

    static ReportQueries db(TestDb db) {
        ReportQueries q = new ReportQueries();
        q.dataSource = db.dataSource();
        return q;
    }
}
