package org.redlines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams of docs/ARCHITECTURE.md: Spring Modulith's PlantUML files for the whole app and for
 * each module into {@code docs/modules/}, and the overview drawn as SVG (PlantUML's own layout, no Graphviz).
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.redlines.ModuleDocumentation}.
 */
public final class ModuleDocumentation {

    static final Path FOLDER = Path.of("docs/modules");

    private ModuleDocumentation() {}

    public static void main(String[] args) throws IOException {
        new Documenter(ModulesTest.MODULES, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withElementsWithoutRelationships(
                                Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE))
                .writeIndividualModulesAsPlantUml(Documenter.DiagramOptions.defaults());
        String overview = Files.readString(FOLDER.resolve("components.puml"))
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream out = Files.newOutputStream(FOLDER.resolve("components.svg"))) {
            new SourceStringReader(overview).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        System.out.println("Wrote " + FOLDER.toAbsolutePath());
    }
}
