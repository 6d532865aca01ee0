/** Risk views shared by leverage and exposure: indicators with their sources, and the strongest weight per theme. */
package nl.ketenlens.risk;
