package com.quarterhour.billing.einvoice;

/**
 * Which EN 16931 specification the XML declares (BT-24). EN16931: the core standard, embedded in the PDF as Factur-X /
 * ZUGFeRD (factur-x.xml). XRECHNUNG: Germany's CIUS for public buyers (embedded as xrechnung.xml). Both carry the same
 * data, including what XRechnung requires (buyer reference, seller contact, payment account).
 */
public enum EInvoiceProfile {
    EN16931, XRECHNUNG
}
