package org.bilat.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bilat.nlp.Token;

/**
 * Public reference knowledge for typing and identifying names: countries with their other names, capitals and
 * demonyms, regions that are not political units, and international organisations. Read once from the TSV files under
 * {@code gazetteer/} on the classpath.
 */
public final class Gazetteer {
    static final String COUNTRIES = "gazetteer/countries.tsv";
    static final String REGIONS = "gazetteer/regions.tsv";
    static final String ORGANIZATIONS = "gazetteer/organizations.tsv";
    static final List<String> COUNTRY_COLUMNS =
            List.of("alpha2", "alpha3", "iso_name", "common_name", "other_names", "capital", "demonyms");
    static final List<String> REGION_COLUMNS = List.of("name", "other_names");
    static final List<String> ORGANIZATION_COLUMNS = List.of("name", "acronyms", "other_names");

    /** A state or territory; {@code name} and {@code commonName} are its common English name ("Russia"). */
    public record Country(
            String alpha2,
            String alpha3,
            String name,
            String commonName,
            List<String> otherNames,
            List<String> capitals,
            List<String> demonyms) {
        public Country {
            Objects.requireNonNull(alpha2, "alpha2");
            Objects.requireNonNull(alpha3, "alpha3");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(commonName, "commonName");
            otherNames = List.copyOf(otherNames);
            capitals = List.copyOf(capitals);
            demonyms = List.copyOf(demonyms);
        }
    }

    /** An international organisation, alliance, grouping or body of one. */
    public record Organization(String name, List<String> acronyms, List<String> otherNames) {
        public Organization {
            Objects.requireNonNull(name, "name");
            acronyms = List.copyOf(acronyms);
            otherNames = List.copyOf(otherNames);
        }
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = read();
    }

    private final List<Country> countries = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final NameIndex<Country> countryNames = new NameIndex<>();
    private final NameIndex<Country> capitalNames = new NameIndex<>();
    private final NameIndex<String> capitalSpellings = new NameIndex<>();
    private final NameIndex<Country> demonymNames = new NameIndex<>();
    private final NameIndex<String> regionNames = new NameIndex<>();
    private final NameIndex<Organization> organizationNames = new NameIndex<>();

    private Gazetteer() {}

    /** The gazetteer, read from the classpath on first use. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /** The country named by a common, ISO, formal or other name, or by its alpha-3 code. */
    public Optional<Country> country(String surface) {
        return countryNames.find(surface);
    }

    /** The country whose capital this is ("Kiev" gives Ukraine). */
    public Optional<Country> capitalOf(String surface) {
        return capitalNames.find(surface);
    }

    /**
     * A capital city's usual spelling, whatever the case or variant it is written in ("KIEV" gives "Kyiv"); a country
     * with several capital cities keeps each city its own name ("COLOMBO" gives "Colombo").
     */
    public Optional<String> capitalSpelling(String surface) {
        return capitalSpellings.find(surface);
    }

    /** The country of a demonym, singular or plural ("Chinese" and "Belarusians" give China and Belarus). */
    public Optional<Country> byDemonym(String adjective) {
        Optional<Country> found = demonymNames.find(adjective);
        if (found.isEmpty() && adjective.endsWith("s")) {
            return demonymNames.find(adjective.substring(0, adjective.length() - 1));
        }
        return found;
    }

    /** The country of a capitalised adjective or proper noun that is its demonym ("Chinese", "Belarusian"). */
    public Optional<Country> byDemonym(Token token) {
        boolean adjectiveOrName = token.pos().startsWith("JJ") || token.pos().startsWith("NNP");
        return token.isCapitalized() && adjectiveOrName ? byDemonym(token.text()) : Optional.empty();
    }

    /** Whether this names a continent, region, sea, strait, river or range rather than a political unit. */
    public boolean isRegion(String surface) {
        return regionNames.find(surface).isPresent();
    }

    /** The organisation named by its name, an acronym or another name. */
    public Optional<Organization> organization(String surface) {
        return organizationNames.find(surface);
    }

    /** Every country row, in file order. */
    List<Country> countries() {
        return List.copyOf(countries);
    }

    /** Every organisation row, in file order. */
    List<Organization> organizations() {
        return List.copyOf(organizations);
    }

    private static Gazetteer read() {
        Gazetteer gazetteer = new Gazetteer();
        TsvRows.read(COUNTRIES, COUNTRY_COLUMNS).forEach(gazetteer::addCountry);
        TsvRows.read(REGIONS, REGION_COLUMNS).forEach(gazetteer::addRegion);
        TsvRows.read(ORGANIZATIONS, ORGANIZATION_COLUMNS).forEach(gazetteer::addOrganization);
        return gazetteer;
    }

    private void addCountry(List<String> row) {
        List<String> others = TsvRows.items(row.get(4));
        List<List<String>> cities = TsvRows.items(row.get(5)).stream()
                .map(city -> List.of(city.split("\\|")))
                .toList();
        Country country = new Country(
                row.get(0),
                row.get(1),
                row.get(3),
                row.get(3),
                others,
                cities.stream().flatMap(List::stream).toList(),
                TsvRows.items(row.get(6)));
        countries.add(country);
        countryNames.add(country.commonName(), country);
        countryNames.add(row.get(2), country);
        countryNames.add(country.alpha3(), country);
        others.forEach(other -> countryNames.add(other, country));
        country.capitals().forEach(capital -> capitalNames.add(capital, country));
        cities.forEach(spellings -> spellings.forEach(spelling -> capitalSpellings.add(spelling, spellings.get(0))));
        country.demonyms().forEach(demonym -> demonymNames.add(demonym, country));
    }

    private void addRegion(List<String> row) {
        String name = row.get(0);
        regionNames.add(name, name);
        TsvRows.items(row.get(1)).forEach(other -> regionNames.add(other, name));
    }

    private void addOrganization(List<String> row) {
        Organization organization = new Organization(row.get(0), TsvRows.items(row.get(1)), TsvRows.items(row.get(2)));
        organizations.add(organization);
        organizationNames.add(organization.name(), organization);
        organization.acronyms().forEach(acronym -> organizationNames.add(acronym, organization));
        organization.otherNames().forEach(other -> organizationNames.add(other, organization));
    }
}
