/**
 * What an office sends and reads: the printable one-time notification (一次性告知书) of a RETURN verdict, the
 * entrusted-evaluation letter of the notice's attachment 2 (委托代评函), the year in numbers (统计, as JSON, CSV
 * and Micrometer gauges) and the evaluation calendar of attachment 1 (评审时间进度安排). Every document is
 * read-only (GET) and built from the latest verdicts the adapter stored; reference data comes from config/
 * (calendar.csv, entrusted-evaluation.csv, offices.csv).
 */
@ApplicationModule(allowedDependencies = {"system", "web", "rules"})
package gx.zhicheng.documents;

import org.springframework.modulith.ApplicationModule;
