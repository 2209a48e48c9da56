namespace Twinning.Extraction.Input;

/// <summary>
/// Vietnamese typed in the pre-Unicode TCVN3 (.VnTime) or VNI fonts arrives as Latin-1 look-alikes
/// ("Xin chaøo caùc baïn"). Guessing the conversion silently would store wrong names, so such text
/// is refused with instructions. Also refuses text that is mostly control characters (binary).
/// </summary>
internal static class LegacyEncodingCheck
{
    // Letters that never occur in Unicode Vietnamese but are VNI's tone/shape bytes read as Latin-1.
    private const string VniSignature = "øûïñäëåöüÑÖÏØÛÄ";

    public static void Check(string text)
    {
        int letters = 0, vni = 0, tcvn = 0, controls = 0, sampled = 0;
        foreach (var c in text)
        {
            if (++sampled > 200_000) break; // a sample is enough to recognise an encoding
            if (char.IsLetter(c)) letters++;
            if (VniSignature.Contains(c)) vni++;
            else if (c is >= '\u00A1' and <= '\u00BF' and not '«' and not '»' and not '°' and not '·' and not '©' and not '®' and not '±' and not '½')
                tcvn++;
            else if (c is '§' or '¨' or '©' or '®' or '·') tcvn++;
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') controls++;
        }
        if (controls > 8 && controls > sampled / 100)
            throw new ArticleRejectedException(RejectionReason.Binary,
                "The file holds binary data, not text (it is full of control characters). Save the article as plain text, a web page or a Word document.");
        if (vni >= 5 && vni * 100 >= letters)
            throw new ArticleRejectedException(RejectionReason.LegacyEncoding,
                "The text is in the old VNI encoding (VNI-Times fonts), not Unicode: letters appear as 'chaøo', 'Vieät'. " +
                "Convert it to Unicode (for example with UniKey's converter: VNI Windows → Unicode) and import it again.");
        if (tcvn >= 5 && tcvn * 50 >= letters)
            throw new ArticleRejectedException(RejectionReason.LegacyEncoding,
                "The text is in the old TCVN3 encoding (.VnTime fonts), not Unicode: letters appear as 'µ', '¸', '®'. " +
                "Convert it to Unicode (for example with UniKey's converter: TCVN3 (ABC) → Unicode) and import it again.");
    }
}
