package org.bilat.export;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The graphml format: the entity graph as GraphML that Gephi and other GraphML readers open, with the name, type and
 * counts of each node and the kind, label and weight of each edge as declared attributes.
 */
final class GraphmlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final EntityGraph graph;

    GraphmlWriter(EntityGraph graph) {
        this.graph = graph;
    }

    /** Writes the document; returns how many nodes and edges. */
    int write(Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys(xml);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "bilat");
            xml.writeAttribute("edgedefault", "directed");
            for (EntityGraph.Node node : graph.nodes()) {
                node(xml, node);
            }
            int id = 0;
            for (EntityGraph.Edge edge : graph.edges()) {
                edge(xml, "e" + id++, edge);
            }
            xml.writeEndDocument();
            xml.flush();
            return graph.nodes().size() + graph.edges().size();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** Declares the attributes, so that readers know their names and types. */
    private static void keys(XMLStreamWriter xml) throws XMLStreamException {
        key(xml, "label", "node", "label", "string");
        key(xml, "type", "node", "type", "string");
        key(xml, "documents", "node", "documents", "int");
        key(xml, "mentions", "node", "mentions", "int");
        key(xml, "kind", "edge", "kind", "string");
        key(xml, "edgelabel", "edge", "label", "string");
        key(xml, "weight", "edge", "weight", "double");
    }

    private static void key(XMLStreamWriter xml, String id, String scope, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", scope);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter xml, EntityGraph.Node node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        data(xml, "label", node.name());
        data(xml, "type", node.type().name());
        data(xml, "documents", String.valueOf(node.documents()));
        data(xml, "mentions", String.valueOf(node.mentions()));
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, String id, EntityGraph.Edge edge) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        data(xml, "kind", edge.kind());
        data(xml, "edgelabel", edge.label());
        data(xml, "weight", String.valueOf(edge.weight()));
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
