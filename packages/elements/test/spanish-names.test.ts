// What a screen reader announces in Spanish: the accessible names of the finder's controls and
// regions, as axe computes them across shadow roots, not only the words on screen.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { accessibleName } from './a11y.js';
import { API, search, useApi } from './api.js';
import { button, cards, detail, filterBox, filters, shadow, untilCards } from './helpers.js';

async function spanish(attributes = ''): Promise<PeerGroups> {
  const element = await fixture<PeerGroups>(
    attributes === 'shortlist'
      ? html`<peer-groups api=${API} near="02139" lang="es" shortlist></peer-groups>`
      : html`<peer-groups api=${API} near="02139" lang="es" page-size="2"></peer-groups>`,
  );
  await untilCards(element);
  return element;
}

function nameOf(root: ParentNode, selector: string): string {
  const element = root.querySelector(selector);
  if (element === null) throw new Error(`Nothing matches ${selector}.`);
  return accessibleName(element);
}

function buttonNames(root: ParentNode): string[] {
  return [...root.querySelectorAll('button, a[href]')].map((control) => accessibleName(control));
}

async function openGroup(element: PeerGroups, index: number): Promise<LitElement> {
  (shadow(cards(element)[index] as Element).querySelector('.name') as HTMLButtonElement).click();
  await waitUntil(() => detail(element) !== null);
  const view = detail(element) as LitElement;
  await view.updateComplete;
  return view;
}

describe('accessible names in Spanish', () => {
  beforeEach(() => useApi(search.many(5)));

  it('names the finder region by its Spanish heading, and marks it Spanish', async () => {
    const element = await spanish();
    const region = shadow(element).querySelector('section') as HTMLElement;
    expect(accessibleName(region)).to.equal('Encuentre un grupo de apoyo entre pares');
    expect(region.lang).to.equal('es');
  });

  it('names the fields of the search form in Spanish', async () => {
    const root = shadow(await spanish());
    expect(nameOf(root, 'input[value="place"]')).to.equal('Cerca de un lugar');
    expect(nameOf(root, 'input[value="online"]')).to.equal('Grupos en línea');
    expect(nameOf(root, '#place')).to.equal('Código postal o lugar');
    expect(nameOf(root, '#q')).to.equal('Nombre o palabras');
    expect(nameOf(root, 'select')).to.equal('Ordenar por');
  });

  it('names the buttons of the search form in Spanish', async () => {
    const root = shadow(await spanish());
    expect(nameOf(root, '[part="locate"]')).to.equal('Usar mi ubicación');
    expect(nameOf(root, '[part="submit"]')).to.equal('Buscar');
    expect(nameOf(root, '[part="more"]')).to.equal('Mostrar más grupos');
  });

  it('describes the place field and the location button in Spanish', async () => {
    const root = shadow(await spanish());
    const describedBy = (selector: string) =>
      (root.querySelector(selector)?.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(no #${id})`)
        .join(' ');
    expect(describedBy('#place')).to.equal('Por ejemplo 02139 o Cambridge');
    expect(describedBy('[part="locate"]')).to.match(/^Su navegador le preguntará primero/);
  });

  it('names the filters, their boxes and "clear all" in Spanish', async () => {
    const element = await spanish();
    expect(nameOf(shadow(element), 'summary')).to.equal('Filtros');
    expect(accessibleName(filterBox(element, 'martes'))).to.equal('martes (5)');
    expect(accessibleName(filterBox(element, 'Gratis'))).to.equal('Gratis');
    expect(accessibleName(filterBox(element, 'Noche'))).to.equal('Noche');
    expect(nameOf(shadow(filters(element)), '[part="clear"]')).to.equal('Quitar todos los filtros');
    const legends = [...shadow(filters(element)).querySelectorAll('fieldset')].map((fieldset) =>
      accessibleName(fieldset),
    );
    expect(legends).to.include.members(['Temas', 'Asistencia', 'Día', 'Hora del día', 'Más']);
  });

  it("names each group's short-list box with the group and the Spanish words", async () => {
    await useApi();
    const element = await spanish('shortlist');
    const box = shadow(cards(element)[0] as Element).querySelector('input') as HTMLInputElement;
    expect(accessibleName(box)).to.equal('Cambridge Grief Circle: Añadir a la lista');
    box.click();
    await waitUntil(() => shadow(element).querySelector('[part="shortlist"]') !== null);
    expect(
      buttonNames(shadow(element).querySelector('[part="shortlist"]') as Element),
    ).to.deep.equal(['Imprimir hoja de derivación', 'Vaciar la lista']);
  });

  it("names the group page's back button, links and actions in Spanish", async () => {
    await useApi();
    const element = await spanish();
    const view = await openGroup(element, 1);
    expect(nameOf(shadow(element), '[part="back"]')).to.equal('Volver a los resultados');
    expect(nameOf(shadow(view), '[part="directions"]')).to.equal('Cómo llegar en su app de mapas');
    expect(nameOf(shadow(view), '[part="join"]')).to.equal('Unirse por Zoom');
    expect(buttonNames(shadow(view).querySelector('[part="actions"]') as Element)).to.deep.equal([
      'Añadir al calendario',
      'Compartir',
      'Imprimir',
      'Sugerir una corrección',
    ]);
  });

  it('names the fields and buttons of the correction form in Spanish', async () => {
    await useApi();
    const element = await spanish();
    const view = await openGroup(element, 0);
    button(shadow(view), 'Sugerir una corrección').click();
    await view.updateComplete;
    const form = shadow(view).querySelector('peer-group-correction') as LitElement;
    await form.updateComplete;
    expect(nameOf(shadow(form), '#note')).to.equal('¿Qué está mal o desactualizado?');
    expect(nameOf(shadow(form), '#email')).to.equal(
      'Su correo (opcional, por si necesitamos preguntarle)',
    );
    expect(buttonNames(shadow(form))).to.deep.equal(['Enviar', 'Cancelar']);
  });

  it('names the retry button of a failure notice in Spanish', async () => {
    await useApi(search.error());
    const element = await fixture<PeerGroups>(
      html`<peer-groups api=${API} near="02139" lang="es"></peer-groups>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part="retry"]') !== null, undefined, {
      timeout: 4000,
    });
    expect(nameOf(shadow(element), '[part="retry"]')).to.equal('Intentar de nuevo');
  });
});
