package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The POMs that install and deploy publish for the shaded artifacts (the shade plugin's
 * dependency-reduced POMs) bring users nothing but the model and SLF4J: what the consumer projects'
 * exclusions take away in the reactor, a user never receives in the first place. The Spring Boot
 * module (not shaded, so published as it is) brings only the server, and the JUnit extension no JUnit
 * artifact (the user's JUnit is the one used).
 */
class PublishedPomTest {

    @Test
    void theServersPublishedPomBringsOnlyTheModelAndSlf4j() throws Exception {
        assertThat(transitiveDependencies(System.getProperty("fake.server.published.pom")))
                .containsExactly("dev.fakecognito:fake-cognito-identity-model", "org.slf4j:slf4j-api");
    }

    @Test
    void theSpringBootModulesPomBringsOnlyTheServer() throws Exception {
        // Spring, Testcontainers and the AWS SDK are optional there: the user's own, at the user's versions
        assertThat(transitiveDependencies(System.getProperty("fake.spring-boot.published.pom")))
                .containsExactly("dev.fakecognito:fake-cognito-identity-server");
    }

    @Test
    void theJUnitExtensionsPomLeavesJUnitToTheUser() throws Exception {
        // junit-jupiter-api is provided: the user's JUnit version is the only one on the class path
        assertThat(transitiveDependencies(System.getProperty("fake.junit5.published.pom")))
                .isNotEmpty()
                .noneMatch(dependency -> dependency.startsWith("org.junit"));
    }

    @Test
    void theModelsPublishedPomBringsNothing() throws Exception {
        assertThat(transitiveDependencies(System.getProperty("fake.model.published.pom")))
                .isEmpty();
    }

    private static List<String> transitiveDependencies(String path) throws Exception {
        File pom = new File(path);
        assertThat(pom).exists();
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom);
        Element project = document.getDocumentElement();
        List<String> transitive = new ArrayList<>();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals("dependencies")) {
                NodeList dependencies = element.getElementsByTagName("dependency");
                for (int j = 0; j < dependencies.getLength(); j++) {
                    Element dependency = (Element) dependencies.item(j);
                    if (dependency.getParentNode() != element) {
                        continue; // an exclusion's element
                    }
                    String scope = text(dependency, "scope", "compile");
                    boolean optional = Boolean.parseBoolean(text(dependency, "optional", "false"));
                    if (!optional && (scope.equals("compile") || scope.equals("runtime"))) {
                        transitive.add(text(dependency, "groupId", "") + ":" + text(dependency, "artifactId", ""));
                    }
                }
            }
        }
        return transitive;
    }

    private static String text(Element parent, String tag, String otherwise) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return otherwise;
    }
}
