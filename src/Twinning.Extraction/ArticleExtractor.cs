using Twinning.Extraction.Input;
using Twinning.Extraction.Rules;
using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction;

/// <summary>
/// Reads a press article (text, saved web page or Word file) and proposes the records it implies:
/// events, people with titles and side, agreements, projects and organisations, each with the span
/// of <see cref="ArticleExtraction.Text"/> it came from. Thread-safe; build one and reuse it.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly ExtractionOptions options;
    private readonly ExtractionVocabulary vocabulary;

    public ArticleExtractor(ExtractionOptions? options = null)
    {
        this.options = options ?? new ExtractionOptions();
        vocabulary = this.options.ExtraVocabularyFiles.Count == 0
            ? ExtractionVocabulary.Default
            : ExtractionVocabulary.Load(this.options.ExtraVocabularyFiles);
    }

    /// <summary>Extracts from plain text.</summary>
    public ArticleExtraction Extract(string text) => Extract(ArticleInput.FromText(text));

    /// <exception cref="ArticleRejectedException">The input cannot be read as an article; the message says why.</exception>
    public ArticleExtraction Extract(ArticleInput input) => Extract(input, CancellationToken.None);

    /// <summary>
    /// Extracts within <see cref="ExtractionOptions.TimeBudget"/>: an input that takes longer is refused
    /// (<see cref="RejectionReason.TooComplex"/>) rather than keeping a core busy; <paramref name="ct"/>
    /// cancelled by the caller throws <see cref="OperationCanceledException"/> as usual.
    /// </summary>
    /// <exception cref="ArticleRejectedException">The input cannot be read as an article; the message says why.</exception>
    public ArticleExtraction Extract(ArticleInput input, CancellationToken ct)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.TimeBudget > TimeSpan.Zero) budget.CancelAfter(options.TimeBudget);
        else budget.Cancel(); // a timer of zero fires later, on another thread; no budget means none at all
        try
        {
            return ExtractWithin(input, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw InputLimits.TooComplex($"reading it took longer than the {options.TimeBudget.TotalSeconds:0.#} s allowed for one article");
        }
    }

    private ArticleExtraction ExtractWithin(ArticleInput input, CancellationToken ct)
    {
        var notes = new List<string>();
        if (input.Bytes is { } bytes && bytes.Length > options.MaxInputBytes)
            throw InputLimits.TooLarge(bytes.Length, options.MaxInputBytes, "file");

        DateOnly? metaPublished = null;
        string raw;
        switch (input.Format)
        {
            case ArticleFormat.Docx:
                if (input.Bytes is null) throw new ArticleRejectedException(RejectionReason.BadDocx, "A Word document must be given as the file's bytes, not as text.");
                raw = DocxArticleReader.Read(input.Bytes, options.MaxDocxUncompressedBytes, options.MaxTextChars, ct);
                break;
            case ArticleFormat.Html:
                var html = input.Text ?? TextDecoder.Decode(input.Bytes!, notes);
                if (html.Length > options.MaxInputBytes) throw InputLimits.TooLarge(html.Length, options.MaxInputBytes, "web page");
                LegacyEncodingCheck.Check(html);
                var page = HtmlArticleReader.Read(html, new HtmlArticleReader.Limits(options.MaxHtmlElements, options.MaxHtmlAttributes, options.MaxTextChars), ct);
                raw = page.Text;
                metaPublished = page.Published;
                break;
            default:
                raw = input.Text ?? TextDecoder.Decode(input.Bytes!, notes);
                break;
        }
        CheckLength(raw);
        LegacyEncodingCheck.Check(raw);
        ct.ThrowIfCancellationRequested();
        var text = ArticleCleaner.Clean(raw, vocabulary);
        if (text.Length == 0 || !text.Any(char.IsLetter))
            throw new ArticleRejectedException(RejectionReason.Empty, "No article text was found in the input.");
        ct.ThrowIfCancellationRequested();
        return Analyse(text, metaPublished, notes, ct);
    }

    private void CheckLength(string text)
    {
        if (text.Length > options.MaxTextChars)
            throw new ArticleRejectedException(RejectionReason.TooLarge,
                $"The text is too long to be an article ({text.Length:N0} characters; the limit is {options.MaxTextChars:N0}). Paste only the article itself.");
    }

    private ArticleExtraction Analyse(string text, DateOnly? metaPublished, List<string> notes, CancellationToken ct)
    {
        var doc = new ArticleDocument(text, vocabulary);
        var header = PublishedDateFinder.Find(text);
        var published = header?.Date ?? (metaPublished is { } meta ? new ExtractedDate(meta, false, meta.ToString("yyyy-MM-dd"), new TextSpan(0, 0)) : null);
        var dates = DateFinder.Find(text);
        var years = new YearResolver(doc, published?.Date, dates, header?.Header);
        if (!years.HasYear && dates.Any(d => d.Year is null))
            notes.Add("The article gives no year for some dates and none could be inferred; those events are left out.");

        ct.ThrowIfCancellationRequested();
        var people = new PeopleFinder(doc, options.People).Find();
        ct.ThrowIfCancellationRequested();
        var events = new EventFinder(doc, dates, years, header?.Header).Find();
        ct.ThrowIfCancellationRequested();
        var agreements = new AgreementFinder(doc, events).Find();
        ct.ThrowIfCancellationRequested();
        var programmes = new ProgrammeFinder(doc);
        var projects = new ProjectFinder(doc).Find().Select(programmes.Classify).ToList();
        ct.ThrowIfCancellationRequested();
        var organisations = OrganisationFinder.Find(doc);
        var travel = new TravelFinder(doc);
        var trips = travel.Trips();

        var partner = new Lazy<string>(() => PartnerCountry(doc));
        var extractedPeople = people.Select(p => ToPerson(p, partner)).ToList();
        // Participants: the people mentioned in the event's sentence (mentions sorted once, then a range per event).
        var mentions = people.SelectMany(p => p.Mentions.Select(m => (m.Start, m.End, Person: p))).OrderBy(m => m.Start).ToArray();
        var starts = mentions.Select(m => m.Start).ToArray();
        var extractedEvents = events.Select(e =>
        {
            var from = Array.BinarySearch(starts, e.Sentence.Start);
            if (from < 0) from = ~from;
            var participants = new List<string>();
            for (var k = from; k < mentions.Length && mentions[k].Start < e.Sentence.End; k++)
                if (mentions[k].End <= e.Sentence.End && !participants.Contains(mentions[k].Person.Name)) participants.Add(mentions[k].Person.Name);
            var span = TextSpan.FromBounds(e.Sentence.Start, e.Sentence.End);
            return new ExtractedEvent(e.Kind, e.Date, e.EndDate, e.Place, participants, span)
            {
                Style = e.Kind == EventKind.Meeting ? travel.StyleIn(span) : null,
                // The delegation of the event's own sentence, else the one the article is about (told first).
                Trip = trips.FirstOrDefault(t => t.Span.Start == span.Start) ?? trips.FirstOrDefault(),
            };
        }).ToList();

        // An agreement whose sentence names an agency as party is that agency's memorandum (the agency may have been
        // named first elsewhere, in the headline: its name is looked for in the sentence, not its first mention).
        var agencies = organisations.Where(o => vocabulary.IsAgency(o.Name)).ToList();
        if (agencies.Count > 0)
            agreements = agreements.Select(a =>
            {
                var sentence = doc.SentenceOf(a.Span.Start);
                var said = text[sentence.Start..Math.Max(sentence.End, a.Span.End)];
                var agency = agencies.FirstOrDefault(o => said.Contains(o.Name, StringComparison.OrdinalIgnoreCase));
                return agency is null ? a : a with { Agency = agency.Name };
            }).ToList();

        return new ArticleExtraction(text, published, extractedEvents, extractedPeople, agreements, projects, organisations, notes)
        {
            Trips = trips, Places = travel.Places(), Programmes = programmes.Find(projects),
        };
    }

    private ExtractedPerson ToPerson(PersonFound p, Lazy<string> partner)
    {
        var name = p.Name;
        var nameKey = TextFolding.Fold(name);
        var aliases = p.Spellings.Keys.Where(s => TextFolding.Fold(s) != nameKey).Distinct().ToList();
        // Same post written twice ("Bí thư Thành ủy" / "Bí thư Thành ủy Hà Nội"): keep the fuller form.
        var titles = new List<TitleFound>();
        foreach (var t in p.Titles)
        {
            var same = titles.FindIndex(x => SamePost(x, t));
            if (same < 0) titles.Add(t);
            else if (t.Text.Length > titles[same].Text.Length) titles[same] = t;
        }
        return new ExtractedPerson(name, aliases, SideOf(p, partner), titles.Select(t => new ExtractedTitle(t.Text, t.Span)).ToList(), p.Mentions.OrderBy(m => m.Start).ToList(), p.Lexicon?.Id);
    }

    /// <summary>Same head and body, or the same head where one of them names no body ("Tổng Bí thư" / "Tổng Bí thư Đảng …").</summary>
    private static bool SamePost(TitleFound a, TitleFound b)
    {
        if (a.Key == b.Key || TextFolding.Fold(a.Text) == TextFolding.Fold(b.Text)) return true;
        var (headA, bodyA) = (a.Key[..a.Key.IndexOf('|')], a.Key[(a.Key.IndexOf('|') + 1)..]);
        var (headB, bodyB) = (b.Key[..b.Key.IndexOf('|')], b.Key[(b.Key.IndexOf('|') + 1)..]);
        // "Trưởng Đoàn đại biểu Quốc hội" (one head) and "Trưởng đoàn" + "ĐBQH" (head and body) say the same post.
        if ($"{headA} {bodyA}".TrimEnd() == $"{headB} {bodyB}".TrimEnd() && a.Countries.Concat(b.Countries).Distinct().Count() <= 1) return true;
        return headA == headB && (bodyA.Length == 0 || bodyB.Length == 0) && a.Countries.Concat(b.Countries).Distinct().Count() <= 1;
    }

    /// <summary>The country a person's titles name first ("Đại sứ Lào tại Việt Nam" → Laos); else the shape of the name.</summary>
    private string SideOf(PersonFound p, Lazy<string> partner)
    {
        if (p.Lexicon?.Side is { Length: > 0 } known) return known;
        var votes = p.Titles.Where(t => t.Countries.Count > 0).GroupBy(t => t.Countries[0]).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (votes is not null) return votes.Key;
        if (p.VietnameseShape) return vocabulary.HomeCountry;
        return partner.Value;
    }

    private string PartnerCountry(ArticleDocument doc)
    {
        var counts = new Dictionary<string, int>();
        for (var k = 0; k < doc.Tokens.Count; k++)
            if (vocabulary.Places.TryMatch(doc.Tokens, k, out var len, out var place))
            {
                if (place.Country.Length > 0 && place.Country != vocabulary.HomeCountry) counts[place.Country] = counts.GetValueOrDefault(place.Country) + 1;
                k += len - 1;
            }
        return counts.Count > 0 ? counts.MaxBy(c => c.Value).Key : "LA";
    }
}
