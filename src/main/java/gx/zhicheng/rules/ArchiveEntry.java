package gx.zhicheng.rules;

import java.time.LocalDate;

/** An entry of the title-evaluation integrity archive (职称评审诚信档案库). */
public record ArchiveEntry(String entryId, String idNumber, String name, String declarationId, String reason,
                           LocalDate recordedOn, LocalDate expiresOn) {}
