package gx.zhicheng.rules;

import java.util.List;

/**
 * Everything the rules look at for one declaration: the declaration, what the feeds said about the
 * person, the integrity-archive entries for the ID number (platform and the adapter's own), and the
 * other declarations known to the adapter with the same ID number, year and level that are not WITHDRAWN.
 *
 * @param si  null when the ID number is invalid (the feed is not asked)
 * @param ce  null when the ID number is invalid
 */
public record Dossier(Declaration declaration, SiRecord si, CeRecord ce, List<ArchiveEntry> archive,
                      List<String> sameLevelDeclarationIds) {
    public Dossier {
        archive = archive == null ? List.of() : List.copyOf(archive);
        sameLevelDeclarationIds = sameLevelDeclarationIds == null ? List.of() : List.copyOf(sameLevelDeclarationIds);
    }
}
