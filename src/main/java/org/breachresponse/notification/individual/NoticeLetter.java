package org.breachresponse.notification.individual;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.breachresponse.incident.DataType;

/**
 * The text of one individual notice (45 CFR 164.404(c); docs/legal-sources.md, 'Content of the individual
 * notice'): in plain language, the five required elements each under its own heading, (A) what happened, (B) what
 * information was involved, (C) what you can do, (D) what we are doing, (E) how to reach us, then what the
 * recipient's state adds. One text serves both ways of sending it (164.404(d)): {@link NoticeLetterPdf} lays it
 * out for first-class mail, {@link #asPlainText()} is the body of an e-mail notice.
 */
public final class NoticeLetter {

  /** A heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {

    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private final PracticeDetails practice;
  private final BreachFacts facts;
  private final LetterRecipient recipient;
  private final LocalDate letterDate;
  private final List<Section> sections;

  /** @param letterDate the date the letter is printed with */
  public NoticeLetter(PracticeDetails practice, BreachFacts facts, LetterRecipient recipient, LocalDate letterDate) {
    this.practice = Objects.requireNonNull(practice, "practice");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.letterDate = Objects.requireNonNull(letterDate, "letterDate");
    this.sections = buildSections();
  }

  /** "April 6, 2026": how every date in a letter is written. */
  public static String formatDate(LocalDate date) {
    return DATE.format(date);
  }

  public PracticeDetails practice() {
    return practice;
  }

  public LetterRecipient recipient() {
    return recipient;
  }

  /** The letter's date line. */
  public String dateLine() {
    return formatDate(letterDate);
  }

  /** The e-mail subject; it names the practice but nothing about the recipient. */
  public String subject() {
    return "Notice of data breach from " + practice.legalName();
  }

  public String salutation() {
    return "Dear " + recipient.name() + ",";
  }

  /** The paragraph before the first heading: why this letter came. */
  public String opening() {
    return "We are writing to tell you about a data breach at " + practice.legalName() + " that involved"
        + " some of your information, what we are doing about it, and steps you can take to protect yourself.";
  }

  /** The five required elements in the rule's order, then any state additions. */
  public List<Section> sections() {
    return sections;
  }

  /** "Sincerely," and who signs: the privacy officer, for the practice. */
  public List<String> closing() {
    return List.of("Sincerely,", practice.privacyOfficer(), practice.legalName());
  }

  /** The whole letter as the body of an e-mail notice: no letterhead or address block. */
  public String asPlainText() {
    StringBuilder text = new StringBuilder();
    text.append(dateLine()).append("\n\n").append(salutation()).append("\n\n").append(opening()).append("\n");
    for (Section section : sections) {
      text.append('\n').append(section.heading()).append('\n');
      section.paragraphs().forEach(paragraph -> text.append(paragraph).append('\n'));
    }
    text.append('\n').append(String.join("\n", closing())).append('\n');
    return text.toString();
  }

  private List<Section> buildSections() {
    List<Section> all = new ArrayList<>(List.of(
        new Section("What happened", whatHappened()),
        new Section("What information was involved", List.of(informationInvolved())),
        new Section("What you can do", ProtectiveSteps.forTypes(facts.dataTypes(), practice.tollFreeNumber())),
        new Section("What we are doing", whatWeAreDoing()),
        new Section("For more information", contactUs())));
    all.addAll(StateAdditions.forRecipient(recipient, ProtectiveSteps.listCreditBureaus(facts.dataTypes())));
    return List.copyOf(all);
  }

  private List<String> whatHappened() {
    List<String> paragraphs = new ArrayList<>(paragraphs(facts.whatHappened()));
    String when = facts.breachDate() == null
        ? "We do not yet know the date of the breach."
        : "The breach happened on " + formatDate(facts.breachDate()) + ".";
    paragraphs.add(when + " We discovered it on " + formatDate(facts.discoveryDate()) + ".");
    return paragraphs;
  }

  private String informationInvolved() {
    List<String> words = facts.dataTypes().stream().map(NoticeLetter::inPlainWords).toList();
    return "The information involved was " + listed(words) + ".";
  }

  private List<String> whatWeAreDoing() {
    List<String> paragraphs = new ArrayList<>(paragraphs(facts.whatWeAreDoing()));
    paragraphs.add("We are continuing to investigate, and we are strengthening our safeguards to protect"
        + " against further breaches.");
    return paragraphs;
  }

  /** Element (E): all four contact means, each on its own line so it can be found at a glance. */
  private List<String> contactUs() {
    return List.of(
        "If you have questions, please contact us and mention reference " + facts.incidentReference() + ".",
        "Call toll-free: " + practice.tollFreeNumber(),
        "E-mail: " + practice.email(),
        "Web site: " + practice.website(),
        "Write to: " + practice.legalName() + ", " + String.join(", ", practice.postalAddressLines()));
  }

  static String inPlainWords(DataType type) {
    return switch (type) {
      case NAMES -> "your name";
      case ADDRESSES -> "your home address";
      case DATES_OF_BIRTH -> "your date of birth";
      case SOCIAL_SECURITY_NUMBERS -> "your Social Security number";
      case INSURANCE_IDS -> "your dental or health insurance member ID number";
      case DIAGNOSES_AND_TREATMENT -> "information about your dental diagnoses and treatment";
      case DENTAL_IMAGES -> "your dental X-rays and other images of your teeth";
      case PAYMENT_CARDS -> "your credit or debit card number";
    };
  }

  /** "a", "a and b", "a, b and c". */
  private static String listed(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The privacy officer's text split where a blank line (or any line break) starts a new paragraph. */
  private static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
