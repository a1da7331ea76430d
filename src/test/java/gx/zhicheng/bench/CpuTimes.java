package gx.zhicheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds (user + system, Linux /proc, 100 clock ticks a second) at one moment: the adapter, the PostgreSQL
 * server's processes, the benchmark's own JVM (the synthetic province, and the bare client in its run) and the
 * whole machine. Two of them give where a run's CPU went: the rate of a CPU-bound run on a shared machine is its
 * CPU per declaration, and only this says how much of it is the database's.
 */
record CpuTimes(long nanos, double adapter, double postgres, double benchmark, double machineBusy) {

    static CpuTimes now(long adapterPid) {
        return new CpuTimes(System.nanoTime(), adapterPid <= 0 ? 0 : process(adapterPid), postgresNow(),
                process(ProcessHandle.current().pid()), machineBusyNow());
    }

    CpuTimes since(CpuTimes start) {
        return new CpuTimes(nanos - start.nanos, adapter - start.adapter, postgres - start.postgres,
                benchmark - start.benchmark, machineBusy - start.machineBusy);
    }

    double wallSeconds() {
        return nanos / 1e9;
    }

    /** What the machine's cores did besides the three (other jobs, the kernel's own threads). */
    double other() {
        return machineBusy - adapter - postgres - benchmark;
    }

    static double process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Every process named postgres (the server and its backends), and the backends that ended (reaped by the server). */
    private static double postgresNow() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(p -> {
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            if (!stat.contains("(postgres)")) {
                                return 0;
                            }
                            // with the time of the children it reaped: the postmaster's backends that ended (a pool
                            // replaces its connections during a long run) would otherwise take their time along
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                                    + Long.parseLong(fields[14])) / 100.0;
                        } catch (IOException | RuntimeException e) {
                            return 0;
                        }
                    }).filter(v -> !Double.isNaN(v)).sum();
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /**
     * The machine's busy CPU seconds from /proc/stat: user, nice, system, irq, softirq; not idle, iowait and steal (the
     * time the hypervisor gave another guest: on this virtual machine a fifth of a busy run's).
     */
    private static double machineBusyNow() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 7; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
